using System.Globalization;
using System.Text;
using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Cli.Commands.Nlp;

/// <summary>
/// Scores the whole chain from raw text: the documents are rebuilt from the <c># text</c> comments
/// (sentences of a paragraph joined by a space, paragraphs by a blank line), run through our
/// tokenizer, sentence splitter, tagger and parser, and compared with the gold words by character
/// offsets, in the manner of the CoNLL 2018 shared task (F1 over aligned words).
/// </summary>
internal static class RawTextEvaluation
{
    public static int Run(string path)
    {
        var text = new StringBuilder();
        var gold = new List<GoldWord>();
        var goldSentenceEnds = new HashSet<int>();
        Read(path, text, gold, goldSentenceEnds);
        var raw = text.ToString();

        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(raw, 0, raw.Length, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Default.Split(CleanText.Identity(raw), tokens, sentences);

        var goldAt = new Dictionary<(int, int), int>();
        for (var i = 0; i < gold.Count; i++)
        {
            if (gold[i].Start >= 0)
            {
                goldAt[(gold[i].Start, gold[i].End)] = i;
            }
        }

        var tagger = NlpModels.Tagger;
        var parser = NlpModels.Parser;
        long aligned = 0, upos = 0, uas = 0, las = 0, sentenceTp = 0;
        foreach (var s in sentences)
        {
            var words = new string[s.TokenCount];
            var match = new int[s.TokenCount];
            for (var i = 0; i < words.Length; i++)
            {
                var t = tokens[s.FirstToken + i];
                words[i] = raw.Substring(t.Start, t.Length);
                match[i] = goldAt.TryGetValue((t.Start, t.End), out var g) ? g : -1;
            }

            sentenceTp += goldSentenceEnds.Contains(tokens[s.EndToken - 1].End) ? 1 : 0;
            var tags = tagger.Tag(words);
            var tree = parser.Parse(words, tags.Upos, tags.Xpos);
            for (var i = 0; i < words.Length; i++)
            {
                if (match[i] < 0)
                {
                    continue;
                }

                var g = gold[match[i]];
                aligned++;
                upos += tags.Upos[i] == g.Upos ? 1 : 0;
                var head = tree.Heads[i] < 0 ? -1 : match[tree.Heads[i]];
                var headRight = tree.Heads[i] < 0 ? g.Head < 0 : head >= 0 && head == g.Head;
                if (headRight)
                {
                    uas++;
                    las += tree.Deprels[i] == g.Deprel ? 1 : 0;
                }
            }
        }

        Console.WriteLine($"raw text: {goldSentenceEnds.Count} gold sentences, {gold.Count} gold words; predicted {sentences.Count} sentences, {tokens.Count} tokens");
        Console.WriteLine($"Tokens F1 {F1(aligned, tokens.Count, gold.Count):F2} (P {Percent(aligned, tokens.Count):F2}, R {Percent(aligned, gold.Count):F2})");
        Console.WriteLine($"Sentences F1 {F1(sentenceTp, sentences.Count, goldSentenceEnds.Count):F2} (P {Percent(sentenceTp, sentences.Count):F2}, R {Percent(sentenceTp, goldSentenceEnds.Count):F2})");
        Console.WriteLine($"UPOS F1 {F1(upos, tokens.Count, gold.Count):F2}");
        Console.WriteLine($"UAS F1 {F1(uas, tokens.Count, gold.Count):F2}");
        Console.WriteLine($"LAS F1 {F1(las, tokens.Count, gold.Count):F2}");
        return 0;
    }

    private static double Percent(long part, long whole) => whole == 0 ? 0 : 100.0 * part / whole;

    private static double F1(long correct, long predicted, long gold) =>
        predicted + gold == 0 ? 0 : 200.0 * correct / (predicted + gold);

    private static void Read(string path, StringBuilder text, List<GoldWord> gold, HashSet<int> sentenceEnds)
    {
        using var reader = new StreamReader(path);
        string? sentenceText = null;
        var newParagraph = false;
        var rows = new List<string[]>();
        while (true)
        {
            var line = reader.ReadLine();
            if (line is null || line.Length == 0)
            {
                if (rows.Count > 0 && sentenceText is not null)
                {
                    if (text.Length > 0)
                    {
                        text.Append(newParagraph ? "\n\n" : " ");
                    }

                    var offset = text.Length;
                    text.Append(sentenceText);
                    Place(sentenceText, offset, rows, gold);
                    sentenceEnds.Add(offset + sentenceText.TrimEnd().Length);
                }

                rows.Clear();
                sentenceText = null;
                newParagraph = false;
                if (line is null)
                {
                    return;
                }

                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    sentenceText = line["# text = ".Length..];
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newParagraph = true;
                }

                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length >= 8 && !cols[0].Contains('.', StringComparison.Ordinal))
            {
                rows.Add(cols);
            }
        }
    }

    /// <summary>
    /// Finds each surface token in the sentence text; the words of a multi-word token (Google's =
    /// Google + 's) get consecutive pieces of it when their forms spell it out.
    /// </summary>
    private static void Place(string sentence, int offset, List<string[]> rows, List<GoldWord> gold)
    {
        var first = gold.Count;
        var cursor = 0;
        var rangeEnd = -1;
        var rangeStart = -1;
        foreach (var cols in rows)
        {
            var dash = cols[0].IndexOf('-', StringComparison.Ordinal);
            var form = cols[1];
            var at = Locate(sentence, form, ref cursor);
            if (dash > 0)
            {
                rangeEnd = int.Parse(cols[0].AsSpan(dash + 1), CultureInfo.InvariantCulture);
                rangeStart = at;
                continue;
            }

            var id = int.Parse(cols[0], CultureInfo.InvariantCulture);
            int start;
            int end;
            if (id <= rangeEnd)
            {
                start = rangeStart >= 0 && string.CompareOrdinal(sentence, rangeStart, form, 0, form.Length) == 0 ? rangeStart : -1;
                end = start < 0 ? -1 : start + form.Length;
                rangeStart = start < 0 ? -1 : end;
                cursor = Math.Max(cursor, rangeStart < 0 ? cursor : rangeStart);
            }
            else
            {
                start = at;
                end = at < 0 ? -1 : at + form.Length;
            }

            var head = int.TryParse(cols[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h) && h > 0 ? first + h - 1 : -1;
            gold.Add(new GoldWord(start < 0 ? -1 : offset + start, end < 0 ? -1 : offset + end, cols[3], head, cols[7]));
        }
    }

    private static int Locate(string sentence, string form, ref int cursor)
    {
        var at = sentence.IndexOf(form, cursor, StringComparison.Ordinal);
        if (at < 0)
        {
            return -1;
        }

        cursor = at + form.Length;
        return at;
    }
}
