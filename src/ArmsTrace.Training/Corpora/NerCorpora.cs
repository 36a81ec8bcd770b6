using System.Text.Json;
using ArmsTrace.Core.Nlp.Ner;
using ArmsTrace.Core.Text;
using ArmsTrace.Training.Ner;

namespace ArmsTrace.Training.Corpora;

/// <summary>Readers for the NER training and test corpora; callers open the files.</summary>
internal static class NerCorpora
{
    /// <summary>UNER IOB2: comment lines, then "index word tag ..." rows separated by tabs.</summary>
    public static IEnumerable<NerSentence> ReadIob2(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new List<string>();
        var tags = new List<string>();
        var id = "";
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new NerSentence([.. words], [.. tags]) { Id = id, Document = DocumentOf(id) };
                    words.Clear();
                    tags.Clear();
                }

                id = "";
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line["# sent_id = ".Length..].Trim();
                }

                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 3)
            {
                continue;
            }

            words.Add(cols[1]);
            tags.Add(EntityTypes.Normalise(cols[2]));
        }

        if (words.Count > 0)
        {
            yield return new NerSentence([.. words], [.. tags]) { Id = id, Document = DocumentOf(id) };
        }
    }

    /// <summary>EWT sentence ids are the document id, a dash and the sentence number.</summary>
    private static string DocumentOf(string sentenceId)
    {
        var dash = sentenceId.LastIndexOf('-');
        return dash > 0 ? sentenceId[..dash] : sentenceId;
    }

    /// <summary>CoNLL-2003 style "word tag" lines in IOB1 (I- opens an entity unless it continues one); MISC is dropped.</summary>
    public static IEnumerable<NerSentence> ReadConll(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new List<string>();
        var tags = new List<string>();
        var document = 0;
        while (true)
        {
            var line = reader.ReadLine();
            var newDocument = line is not null && line.StartsWith("-DOCSTART-", StringComparison.Ordinal);
            if (line is null || line.Trim().Length == 0 || newDocument)
            {
                if (words.Count > 0)
                {
                    yield return new NerSentence([.. words], [.. tags]) { Document = $"conll-{document}" };
                    words.Clear();
                    tags.Clear();
                }

                if (line is null)
                {
                    yield break;
                }

                document += newDocument ? 1 : 0;
                continue;
            }

            var space = line.LastIndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var tag = EntityTypes.Normalise(line[(space + 1)..]);
            if (tag.StartsWith("I-", StringComparison.Ordinal))
            {
                var previous = tags.Count > 0 ? tags[^1] : "O";
                if (previous.Length < 3 || previous[2..] != tag[2..])
                {
                    tag = "B-" + tag[2..];
                }
            }

            words.Add(line[..space]);
            tags.Add(tag);
        }
    }

    /// <summary>
    /// re3d: mongoexport JSON lines of documents and character-offset entities. Documents are cut
    /// into sentences with the project tokenizer; Person, Organisation and Location map to PER, ORG
    /// and LOC, and a leading "the" is left out of a span as UNER does.
    /// </summary>
    public static IEnumerable<NerSentence> ReadRe3d(TextReader documents, TextReader entities)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(entities);
        var spans = new Dictionary<string, List<(int Begin, int End, string Type)>>(StringComparer.Ordinal);
        while (entities.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var type = root.GetProperty("type").GetString() switch
            {
                "Person" => "PER",
                "Organisation" => "ORG",
                "Location" => "LOC",
                _ => null,
            };
            if (type is null)
            {
                continue;
            }

            var doc = root.GetProperty("documentId").GetString() ?? "";
            if (!spans.TryGetValue(doc, out var list))
            {
                list = [];
                spans.Add(doc, list);
            }

            list.Add((root.GetProperty("begin").GetInt32(), root.GetProperty("end").GetInt32(), type));
        }

        while (documents.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            string id;
            string text;
            using (var json = JsonDocument.Parse(line))
            {
                id = json.RootElement.GetProperty("_id").GetString() ?? "";
                text = json.RootElement.GetProperty("text").GetString() ?? "";
            }

            foreach (var sentence in Label(text, spans.GetValueOrDefault(id) ?? []))
            {
                yield return sentence with { Document = id };
            }
        }
    }

    private static IEnumerable<NerSentence> Label(string text, List<(int Begin, int End, string Type)> entities)
    {
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, 0, text.Length, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Default.Split(CleanText.Identity(text), tokens, sentences);
        var tags = new string[tokens.Count];
        Array.Fill(tags, "O");
        foreach (var (begin, end, type) in entities.OrderBy(e => e.Begin).ThenByDescending(e => e.End - e.Begin))
        {
            var first = tokens.FindIndex(t => t.Start >= begin);
            if (first < 0)
            {
                continue;
            }

            var last = first;
            while (last + 1 < tokens.Count && tokens[last + 1].End <= end)
            {
                last++;
            }

            if (tokens[first].End > end)
            {
                continue;
            }

            var word = text.AsSpan(tokens[first].Start, tokens[first].Length);
            if (last > first && (word.Equals("the", StringComparison.OrdinalIgnoreCase)))
            {
                first++;
            }

            var free = true;
            for (var i = first; i <= last; i++)
            {
                free &= tags[i] == "O";
            }

            if (!free)
            {
                continue;
            }

            tags[first] = "B-" + type;
            for (var i = first + 1; i <= last; i++)
            {
                tags[i] = "I-" + type;
            }
        }

        foreach (var s in sentences)
        {
            var words = new string[s.TokenCount];
            for (var i = 0; i < words.Length; i++)
            {
                var t = tokens[s.FirstToken + i];
                words[i] = text.Substring(t.Start, t.Length);
            }

            yield return new NerSentence(words, tags[s.FirstToken..s.EndToken]);
        }
    }
}
