namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>Per-thread buffers of the decoder and the document's vote table, kept between documents.</summary>
internal sealed class NerScratch
{
    public int[] Emission { get; private set; } = new int[64 * BilouLabels.Count];

    public int[] Best { get; private set; } = new int[64 * BilouLabels.Count];

    public byte[] Back { get; private set; } = new byte[64 * BilouLabels.Count];

    public Dictionary<ulong, WordVote> Votes { get; } = [];

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
