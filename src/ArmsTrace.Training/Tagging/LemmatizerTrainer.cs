using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Training.Tagging;

/// <summary>Learns the <see cref="Lemmatizer"/>'s lookup table and suffix rules from a treebank.</summary>
internal static class LemmatizerTrainer
{
    /// <summary>Learns the lookup table and suffix rules from (form, XPOS, lemma) triples.</summary>
    public static Lemmatizer Learn(IEnumerable<(string Form, string Xpos, string Lemma)> examples)
    {
        var lemmaCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var ruleCounts = new Dictionary<string, Dictionary<(int, string), int>>(StringComparer.Ordinal);
        foreach (var (form, xpos, lemma) in examples)
        {
            if (lemma == "_")
            {
                continue;
            }

            var key = Lemmatizer.LookupKey(form, xpos);
            Bump(lemmaCounts, key, lemma);
            var source = Lemmatizer.KeepsCase(xpos) ? form : form.ToLowerInvariant();
            var prefix = 0;
            while (prefix < source.Length && prefix < lemma.Length && source[prefix] == lemma[prefix])
            {
                prefix++;
            }

            var rule = (source.Length - prefix, lemma[prefix..]);
            for (var k = 0; k <= Math.Min(Lemmatizer.MaxSuffix, source.Length); k++)
            {
                Bump(ruleCounts, Lemmatizer.RuleKey(source.AsSpan(source.Length - k), xpos), rule);
            }
        }

        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, counts) in lemmaCounts)
        {
            lemmas[key] = Best(counts);
        }

        var rules = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var (key, counts) in ruleCounts)
        {
            var total = counts.Values.Sum();
            var best = Best(counts);
            if (total >= 2 && counts[best] * 10 >= total * 6)
            {
                rules[key] = best;
            }
        }

        return new Lemmatizer(lemmas, rules);
    }

    private static void Bump<T>(Dictionary<string, Dictionary<T, int>> counts, string key, T value)
        where T : notnull
    {
        if (!counts.TryGetValue(key, out var inner))
        {
            inner = [];
            counts.Add(key, inner);
        }

        inner[value] = inner.GetValueOrDefault(value) + 1;
    }

    private static T Best<T>(Dictionary<T, int> counts)
        where T : notnull
    {
        var best = default(T)!;
        var bestCount = -1;
        foreach (var (value, count) in counts)
        {
            if (count > bestCount)
            {
                best = value;
                bestCount = count;
            }
        }

        return best;
    }
}
