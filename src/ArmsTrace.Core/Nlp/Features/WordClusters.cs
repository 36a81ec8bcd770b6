namespace ArmsTrace.Core.Nlp.Features;

/// <summary>
/// Word classes learnt from unlabelled text (Brown clustering, trained in ArmsTrace.Training): for each known
/// lower-cased word, its class at three granularities, so a word seen rarely in labelled data
/// borrows the weights of the words it shares contexts with.
/// </summary>
internal sealed class WordClusters
{
    public const int Levels = 3;

    private static readonly ulong Unknown = FeatureHash.Text("<cluster:unknown>");

    private readonly Dictionary<ulong, int> _rowOf;
    private readonly int[] _classes;

    /// <param name="classes">Per word (in key order of <paramref name="rowOf"/>'s values) its <see cref="Levels"/> class ids.</param>
    public WordClusters(Dictionary<ulong, int> rowOf, int[] classes)
    {
        _rowOf = rowOf;
        _classes = classes;
    }

    public static WordClusters Empty { get; } = new([], []);

    public int Count => _rowOf.Count;

    /// <summary>Writes the word's class atoms, coarse to fine, into <paramref name="atoms"/>.</summary>
    public void Fill(ulong lowerWord, Span<ulong> atoms)
    {
        if (!_rowOf.TryGetValue(lowerWord, out var row))
        {
            atoms[..Levels].Fill(Unknown);
            return;
        }

        for (var level = 0; level < Levels; level++)
        {
            atoms[level] = FeatureHash.Of((level << 24) | _classes[(row * Levels) + level]);
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_rowOf.Count);
        foreach (var (word, row) in _rowOf.OrderBy(p => p.Key))
        {
            writer.Write(word);
            for (var level = 0; level < Levels; level++)
            {
                writer.Write7BitEncodedInt(_classes[(row * Levels) + level]);
            }
        }
    }

    public static WordClusters Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var rowOf = new Dictionary<ulong, int>(count);
        var classes = new int[count * Levels];
        for (var row = 0; row < count; row++)
        {
            rowOf[reader.ReadUInt64()] = row;
            for (var level = 0; level < Levels; level++)
            {
                classes[(row * Levels) + level] = reader.Read7BitEncodedInt();
            }
        }

        return new WordClusters(rowOf, classes);
    }
}
