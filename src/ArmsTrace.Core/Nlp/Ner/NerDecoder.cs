using System.Numerics;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>Viterbi search for the best legal label sequence under per-word and transition scores.</summary>
internal static class NerDecoder
{
    /// <summary>For each label, the labels it may follow: 61 pairs of the 169, so the search skips the rest unseen.</summary>
    private static readonly int[][] Predecessors = Enumerable.Range(0, BilouLabels.Count)
        .Select(c => Enumerable.Range(0, BilouLabels.Count).Where(p => BilouLabels.CanFollow(p, c)).ToArray())
        .ToArray();

    private static readonly bool[] Starts = [.. Enumerable.Range(0, BilouLabels.Count).Select(c => BilouLabels.CanFollow(-1, c))];

    private static readonly bool[] Ends = [.. Enumerable.Range(0, BilouLabels.Count).Select(BilouLabels.CanEnd)];

    /// <param name="emission">Score of each label for each word, word-major (<c>n * labels</c>).</param>
    /// <param name="transition">Score of each label after each previous label, the first row being the sentence start.</param>
    /// <param name="best">Scratch of <c>n * labels</c> path scores.</param>
    /// <param name="back">Scratch of <c>n * labels</c> back pointers.</param>
    public static void Decode<T>(ReadOnlySpan<T> emission, ReadOnlySpan<T> transition, int n, Span<T> best, Span<byte> back, Span<int> labels)
        where T : INumber<T>, IMinMaxValue<T>
    {
        var count = BilouLabels.Count;
        if (n == 0)
        {
            return;
        }

        // Every label has a legal predecessor and a legal path from the start, so after the first
        // word no path score is ever the sentinel.
        var none = T.MinValue;
        for (var c = 0; c < count; c++)
        {
            best[c] = Starts[c] ? emission[c] + transition[c] : none;
        }

        for (var i = 1; i < n; i++)
        {
            var row = i * count;
            var previousRow = row - count;
            for (var c = 0; c < count; c++)
            {
                var top = none;
                var arg = 0;
                foreach (var p in Predecessors[c])
                {
                    var from = best[previousRow + p];
                    if (from == none)
                    {
                        continue;
                    }

                    var s = from + transition[((p + 1) * count) + c];
                    if (top == none || s > top)
                    {
                        top = s;
                        arg = p;
                    }
                }

                best[row + c] = top == none ? none : top + emission[row + c];
                back[row + c] = (byte)arg;
            }
        }

        var last = (n - 1) * count;
        var end = -1;
        for (var c = 0; c < count; c++)
        {
            if (Ends[c] && best[last + c] != none && (end < 0 || best[last + c] > best[last + end]))
            {
                end = c;
            }
        }

        labels[n - 1] = end;
        for (var i = n - 1; i > 0; i--)
        {
            labels[i - 1] = back[(i * count) + labels[i]];
        }
    }
}
