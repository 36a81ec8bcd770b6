namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>Per-thread buffers of the decoder and the document tables, kept between documents.</summary>
internal sealed class NerScratch
{
    public int[] Emission { get; private set; } = new int[64 * 13];

    public int[] Best { get; private set; } = new int[64 * 13];

    public byte[] Back { get; private set; } = new byte[64 * 13];

    public Dictionary<ulong, WordSpelling> Spellings { get; } = [];

    public Dictionary<ulong, WordVote> Votes { get; } = [];

    /// <summary>Names found by the first pass in the current document, as a name list.</summary>
    public Dictionary<ulong, byte> DocumentNames { get; } = [];

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
