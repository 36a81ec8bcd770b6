using System.Globalization;
using System.Text.RegularExpressions;
using ArmsTrace.Core.Documents;

namespace ArmsTrace.Bench;

/// <summary>
/// A corpus with planted reprints, made by varying seed articles: distinct stories (the seeds
/// themselves, then new ones stitched from random seed sentences) and, for some, copies with the
/// small edits syndication makes: a new dateline, a few words swapped, a sentence dropped or added.
/// Each story and its copies form a family; documents of one family are the near-duplicate pairs.
/// </summary>
internal sealed partial class PlantedCorpus
{
    private static readonly string[] Outlets = ["Harbour Line", "Northern Post", "Valley Times", "Coastal Daily", "Steppe Review", "Ridge Gazette", "Delta Courier", "Plains Monitor"];

    private static readonly (string From, string To)[] Swaps =
    [
        ("said", "stated"), ("officials", "authorities"), ("drones", "UAVs"), ("about", "around"), ("announced", "said"),
        ("according to", "citing"), ("attack", "strike"), ("government", "administration"), ("weapons", "arms"), ("told", "informed"),
    ];

    private static readonly string[] Endings = ["This story has been updated.", "Additional reporting by our correspondents.", "The agency did not respond to a request for comment.", "Follow our live coverage for more."];

    private readonly Random _random;

    private PlantedCorpus(int seed) => _random = new Random(seed);

    public List<SourceDocument> Documents { get; } = [];

    /// <summary>The family (story) of each document, by key.</summary>
    public Dictionary<string, int> Family { get; } = new(StringComparer.Ordinal);

    /// <param name="total">Documents to make; with 0, only the seeds and their copies.</param>
    public static PlantedCorpus Make(IReadOnlyList<SourceDocument> seeds, int total, double copyShare, int seed = 17)
    {
        var corpus = new PlantedCorpus(seed);
        var pool = seeds.SelectMany(s => Sentences(Body(s.Text))).Where(s => s.Length > 40).ToList();
        var stories = seeds.Select(s => s.Text).ToList();
        var family = 0;
        var wanted = total <= 0 ? seeds.Count * 3 : total;
        while (corpus.Documents.Count < wanted)
        {
            var text = family < stories.Count ? stories[family] : corpus.Stitch(pool);
            corpus.Add(family, 0, text);
            var copies = corpus._random.NextDouble() < copyShare ? 1 + corpus._random.Next(3) : 0;
            if (total <= 0)
            {
                copies = 2;
            }

            for (var c = 1; c <= copies && corpus.Documents.Count < wanted; c++)
            {
                corpus.Add(family, c, corpus.Edit(text));
            }

            family++;
        }

        return corpus;
    }

    /// <summary>Pairs of documents from one family.</summary>
    public HashSet<(string, string)> TruePairs() =>
        [.. Family.GroupBy(p => p.Value).SelectMany(g => Pairs(g.Select(p => p.Key)))];

    public static IEnumerable<(string, string)> Pairs(IEnumerable<string> keys)
    {
        var list = keys.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = i + 1; j < list.Count; j++)
            {
                yield return (list[i], list[j]);
            }
        }
    }

    private void Add(int family, int copy, string text)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"story-{family:0000}-{copy}.txt");
        var day = new DateOnly(2019, 1, 1).AddDays(_random.Next(6 * 365));
        var meta = new DocumentMetadata(key, null, "https://example.org/planted/" + key, Outlets[_random.Next(Outlets.Length)], day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Documents.Add(new SourceDocument(text, meta));
        Family[key] = family;
    }

    /// <summary>A new story: a headline and six to ten sentences drawn from every seed.</summary>
    private string Stitch(List<string> pool)
    {
        var sentences = Enumerable.Range(0, 6 + _random.Next(5)).Select(_ => pool[_random.Next(pool.Count)]).Distinct().ToList();
        var paragraphs = sentences.Chunk(2).Select(p => string.Join(' ', p));
        return sentences[0].Split(',')[0] + "\n\n" + string.Join("\n\n", paragraphs);
    }

    /// <summary>What a reprint changes: the dateline, one to three words, maybe a sentence dropped or one added.</summary>
    private string Edit(string text)
    {
        var lines = text.Split('\n').ToList();
        lines.Insert(lines.Count > 1 ? 1 : 0, $"\n{Outlets[_random.Next(Outlets.Length)]} staff report");
        var edited = string.Join('\n', lines);
        for (var i = 0; i < 1 + _random.Next(3); i++)
        {
            var (from, to) = Swaps[_random.Next(Swaps.Length)];
            var at = edited.IndexOf(" " + from + " ", StringComparison.Ordinal);
            if (at >= 0)
            {
                edited = string.Concat(edited.AsSpan(0, at + 1), to, edited.AsSpan(at + 1 + from.Length));
            }
        }

        var sentences = Sentences(edited);
        if (sentences.Count > 4 && _random.NextDouble() < 0.5)
        {
            sentences.RemoveAt(1 + _random.Next(sentences.Count - 1));
            edited = string.Join(' ', sentences);
        }

        return _random.NextDouble() < 0.5 ? edited + "\n\n" + Endings[_random.Next(Endings.Length)] : edited;
    }

    private static string Body(string text) => text.Contains("\n\n", StringComparison.Ordinal) ? text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..] : text;

    private static List<string> Sentences(string text) => [.. SentenceBreak().Split(text).Where(s => s.Length > 0)];

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“])")]
    private static partial Regex SentenceBreak();
}
