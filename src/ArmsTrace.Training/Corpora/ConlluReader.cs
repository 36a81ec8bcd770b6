using System.Globalization;
using ArmsTrace.Core.Nlp.Conllu;
using ArmsTrace.Core.Nlp.Parsing;

namespace ArmsTrace.Training.Corpora;

/// <summary>
/// Reads CoNLL-U. Multi-word token lines (3-4) and empty nodes (3.1) are skipped so a sentence is
/// its sequence of syntactic words, which is what the tagger and parser are trained on.
/// </summary>
internal static class ConlluReader
{
    private const string SentenceId = "# sent_id = ";

    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<string[]>();
        var id = "";
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                if (rows.Count > 0)
                {
                    yield return Build(rows, id);
                    rows.Clear();
                }

                id = "";
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith(SentenceId, StringComparison.Ordinal))
                {
                    id = line[SentenceId.Length..].Trim();
                }

                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 8 || cols[0].Contains('-', StringComparison.Ordinal) || cols[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            rows.Add(cols);
        }

        if (rows.Count > 0)
        {
            yield return Build(rows, id);
        }
    }

    private static ConlluSentence Build(List<string[]> rows, string id)
    {
        var n = rows.Count;
        var forms = new string[n];
        var lemmas = new string[n];
        var upos = new string[n];
        var xpos = new string[n];
        var heads = new int[n];
        var deprels = new string[n];
        for (var i = 0; i < n; i++)
        {
            var c = rows[i];
            forms[i] = c[1];
            lemmas[i] = c[2];
            upos[i] = c[3];
            xpos[i] = c[4];
            heads[i] = int.TryParse(c[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h) ? h - 1 : -1;
            deprels[i] = c[7] == "_" ? Relations.Dep : c[7];
        }

        return new ConlluSentence(forms, lemmas, upos, xpos, heads, deprels) { Id = id };
    }
}
