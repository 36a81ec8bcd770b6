namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>
/// Working space of one parse at a time, reused from sentence to sentence by its owner (a pipeline
/// run's <see cref="Pipeline.StageScratch"/>), so the parser itself holds none.
/// </summary>
internal sealed class ParserScratch
{
    private float[] _labelScores = [];
    private int[] _order = [];

    public ParseState State { get; } = new();

    public ParserAtoms Atoms { get; } = new();

    /// <summary>A cleared buffer of <paramref name="size"/> label scores, grown to at least 64 words' worth.</summary>
    public Span<float> LabelScores(int size, int classes)
    {
        if (_labelScores.Length < size)
        {
            _labelScores = new float[Math.Max(size, 64 * classes)];
        }

        var scores = _labelScores.AsSpan(0, size);
        scores.Clear();
        return scores;
    }

    /// <summary>A buffer for an order of <paramref name="n"/> words.</summary>
    public int[] Order(int n) => _order.Length >= n ? _order : _order = new int[Math.Max(64, n * 2)];
}
