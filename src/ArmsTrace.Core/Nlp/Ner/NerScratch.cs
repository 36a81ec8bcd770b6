namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>Per-thread buffers of the decoder and the document's vote table, kept between documents.</summary>
internal sealed class NerScratch
{
    private int[] _shared = [];

    public int[] Emission { get; private set; } = new int[64 * BilouLabels.Count];

    public int[] Best { get; private set; } = new int[64 * BilouLabels.Count];

    public byte[] Back { get; private set; } = new byte[64 * BilouLabels.Count];

    public Dictionary<ulong, WordVote> Votes { get; } = [];

    /// <summary>A buffer of at least <paramref name="size"/> scores, for both passes' sums of a whole document; not cleared.</summary>
    public Span<int> Shared(int size)
    {
        if (_shared.Length < size)
        {
            _shared = new int[size * 2];
        }

        return _shared.AsSpan(0, size);
    }

    public void Ensure(int size)
    {
        if (Emission.Length >= size)
        {
            return;
        }

        Emission = new int[size * 2];
        Best = new int[size * 2];
        Back = new byte[size * 2];
    }
}
