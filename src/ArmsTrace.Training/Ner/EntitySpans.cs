using ArmsTrace.Core.Nlp.Ner;

namespace ArmsTrace.Training.Ner;

/// <summary>Turns BIO tags into spans and scores predicted spans against gold (exact match).</summary>
internal static class EntitySpans
{
    public static List<(int Start, int End, string Type)> FromBio(ReadOnlySpan<string> tags)
    {
        var spans = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : "O";
            var continues = type is not null && tag.Length > 2 && tag[0] == 'I' && tag.AsSpan(2).SequenceEqual(type);
            if (continues)
            {
                continue;
            }

            if (type is not null)
            {
                spans.Add((start, i, type));
                type = null;
            }

            if (tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I'))
            {
                start = i;
                type = tag[2..];
            }
        }

        return spans;
    }

    /// <summary>Counts of true positives, predicted and gold spans per type (and "ALL").</summary>
    public static Dictionary<string, (int Tp, int Predicted, int Gold)> Score(IEnumerable<(string[] Gold, string[] Predicted)> sentences)
    {
        var counts = new Dictionary<string, (int Tp, int Predicted, int Gold)>(StringComparer.Ordinal);
        foreach (var type in EntityTypes.Types.Append("ALL"))
        {
            counts[type] = (0, 0, 0);
        }

        foreach (var (gold, predicted) in sentences)
        {
            var g = FromBio(gold);
            var p = FromBio(predicted);
            var goldSet = g.ToHashSet();
            foreach (var span in g)
            {
                Bump(counts, span.Type, 0, 0, 1);
            }

            foreach (var span in p)
            {
                Bump(counts, span.Type, goldSet.Contains(span) ? 1 : 0, 1, 0);
            }
        }

        return counts;
    }

    public static double F1((int Tp, int Predicted, int Gold) c)
    {
        var p = c.Predicted == 0 ? 0 : (double)c.Tp / c.Predicted;
        var r = c.Gold == 0 ? 0 : (double)c.Tp / c.Gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static void Bump(Dictionary<string, (int Tp, int Predicted, int Gold)> counts, string type, int tp, int predicted, int gold)
    {
        foreach (var key in new[] { type, "ALL" })
        {
            var c = counts.GetValueOrDefault(key);
            counts[key] = (c.Tp + tp, c.Predicted + predicted, c.Gold + gold);
        }
    }
}
