namespace ArmsTrace.Core.Matching;

/// <summary>
/// Working space of one screening query at a time: per row a stamp of the query that last touched
/// it, its running score, and the candidate rows. Whoever owns one (a pipeline run, an index's
/// single caller) reuses it from query to query, so nothing is allocated per candidate.
/// </summary>
internal sealed class ScreeningScratch
{
    public int[] Stamp { get; private set; } = [];

    public float[] Score { get; private set; } = [];

    public int[] Candidates { get; private set; } = [];

    /// <summary>The stamp of the current query; rows stamped otherwise have no score yet.</summary>
    public int Generation { get; private set; }

    /// <summary>Starts a query over an index of <paramref name="rows"/> rows.</summary>
    public void Begin(int rows)
    {
        if (Stamp.Length < rows)
        {
            Stamp = new int[rows];
            Score = new float[rows];
            Candidates = new int[rows];
        }

        Generation++;
        if (Generation == int.MaxValue)
        {
            Array.Clear(Stamp);
            Generation = 1;
        }
    }
}
