using System.Numerics;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>Viterbi search for the best legal label sequence under per-word and transition scores.</summary>
internal static class NerDecoder
{
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

        var none = T.MinValue;
        for (var c = 0; c < count; c++)
        {
            best[c] = BilouLabels.CanFollow(-1, c) ? emission[c] + transition[c] : none;
        }

        for (var i = 1; i < n; i++)
        {
            var row = i * count;
            var previousRow = row - count;
            for (var c = 0; c < count; c++)
            {
                var top = none;
                var arg = 0;
                for (var p = 0; p < count; p++)
                {
                    var from = best[previousRow + p];
                    if (from == none || !BilouLabels.CanFollow(p, c))
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
            if (BilouLabels.CanEnd(c) && best[last + c] != none && (end < 0 || best[last + c] > best[last + end]))
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
