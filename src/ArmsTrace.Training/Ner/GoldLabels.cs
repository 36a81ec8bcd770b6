using ArmsTrace.Core.Nlp.Ner;

namespace ArmsTrace.Training.Ner;

/// <summary>The <see cref="BilouLabels"/> a model learns from, read off a corpus's BIO tags.</summary>
internal static class GoldLabels
{
    /// <summary>Labels of the spans in BIO tags.</summary>
    public static int[] FromBio(ReadOnlySpan<string> tags)
    {
        var labels = new int[tags.Length];
        foreach (var (start, end, type) in EntitySpans.FromBio(tags))
        {
            var t = Array.IndexOf(EntityTypes.Types, type);
            if (end - start == 1)
            {
                labels[start] = BilouLabels.Of(t, BilouPart.Unit);
                continue;
            }

            labels[start] = BilouLabels.Of(t, BilouPart.Begin);
            for (var i = start + 1; i < end - 1; i++)
            {
                labels[i] = BilouLabels.Of(t, BilouPart.Inside);
            }

            labels[end - 1] = BilouLabels.Of(t, BilouPart.Last);
        }

        return labels;
    }
}
