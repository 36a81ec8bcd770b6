using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArmsTrace.Server.Tests;

/// <summary>
/// A corpus of any size made only from the demo articles (the project's own text): each document is one demo article
/// with some countries swapped for others from a list, its years and figures shifted, a new date and outlet, and a few
/// of its paragraphs kept in a shuffled order. The same seed writes the same files.
/// </summary>
/// <remarks>
/// Iran, China and the Houthis are never swapped, so the demo's hub and its paths stay in every variation while the
/// swapped partners spread its claims over many more countries than the demo names. Documents keep at most a few
/// paragraphs: volume is about the number of documents, claims and entities the pages must hold, and whole articles
/// would make ingesting thousands of them the slowest part of the test run on a 2-core machine.
/// </remarks>
public static partial class VariedDemoCorpus
{
    /// <summary>Countries of the demo articles that a variation may replace, whole words only.</summary>
    private static readonly string[] Swappable = ["Russia", "Ukraine", "Iraq", "Israel", "Yemen", "Saudi Arabia", "Libya", "Syria", "Sudan", "Lebanon", "Venezuela", "Ethiopia"];

    private static readonly string[] Outlets =
    [
        "Harbour Line", "Northern Post", "Valley Times", "Coastal Daily", "Steppe Review", "Ridge Gazette", "Delta Courier", "Plains Monitor",
        "Lantern Weekly", "Granite Observer",
    ];

    private static readonly string[] Datelines = ["Dubai", "Vienna", "Geneva", "Istanbul", "Brussels", "Nairobi", "Doha", "Tbilisi", "Baku", "Muscat"];

    /// <summary>Writes <paramref name="documents"/> text files and their <c>index.jsonl</c> (title, outlet, url, published) into <paramref name="folder"/>.</summary>
    public static void Write(string demoFolder, string folder, int documents, int seed = 15)
    {
        var articles = ReadDemo(demoFolder);
        var random = new Random(seed);
        Directory.CreateDirectory(folder);
        var index = new StringBuilder();
        for (var i = 0; i < documents; i++)
        {
            var article = articles[i % articles.Count];
            var swaps = Swappable.Where(_ => random.NextDouble() < 0.6)
                .ToDictionary(c => c, _ => VolumeFixture.Partners[random.Next(VolumeFixture.Partners.Count)], StringComparer.Ordinal);
            var years = random.Next(-2, 3);
            var published = DateOnly.ParseExact(article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddYears(years).AddDays(random.Next(-150, 150));
            var outlet = Outlets[random.Next(Outlets.Length)];

            // The lead paragraph carries the article's main claim; the rest are a few of its other paragraphs in a new order.
            var rest = article.Paragraphs.Skip(1).OrderBy(_ => random.Next()).Take(1 + random.Next(2));
            var body = string.Join("\n\n", article.Paragraphs.Take(1).Concat(rest));
            var title = Vary(article.Title, swaps, years, random);
            var text = $"{title}\n\n{Datelines[random.Next(Datelines.Length)]}, {published:d MMMM yyyy} ({outlet}, bulletin {i + 1})\n\n{Vary(body, swaps, years, random)}\n";

            var file = string.Create(CultureInfo.InvariantCulture, $"varied-{i + 1:D4}.txt");
            File.WriteAllText(Path.Combine(folder, file), text);
            index.AppendLine(JsonSerializer.Serialize(new
            {
                file,
                title,
                outlet,
                published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                url = "https://example.org/varied/" + file,
            }));
        }

        File.WriteAllText(Path.Combine(folder, "index.jsonl"), index.ToString());
    }

    private static string Vary(string text, Dictionary<string, string> swaps, int years, Random random)
    {
        foreach (var (from, to) in swaps)
        {
            text = Regex.Replace(text, $@"\b{Regex.Escape(from)}\b", to);
        }

        text = Year().Replace(text, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + years).ToString(CultureInfo.InvariantCulture));

        // Figures other than years change by up to half, so evidence sentences differ between variations of one article.
        return Figure().Replace(text, m =>
        {
            var n = int.Parse(m.Value, CultureInfo.InvariantCulture);
            return Math.Max(1, n + (int)Math.Round(n * ((random.NextDouble() - 0.5) * 0.5))).ToString(CultureInfo.InvariantCulture);
        });
    }

    private static List<Article> ReadDemo(string folder)
    {
        var articles = new List<Article>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "index.jsonl")).Where(l => l.Length > 0))
        {
            using var entry = JsonDocument.Parse(line);
            var root = entry.RootElement;
            var text = File.ReadAllText(Path.Combine(folder, root.GetProperty("file").GetString()!)).ReplaceLineEndings("\n");

            // A demo file is its headline, a byline or outlet line, then paragraphs; only the paragraphs are varied.
            var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(2).ToList();
            articles.Add(new Article(root.GetProperty("title").GetString()!, root.GetProperty("published").GetString()!, paragraphs));
        }

        return articles;
    }

    [GeneratedRegex(@"\b(19[89]\d|20[0-3]\d)\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<![\d.,-])\b\d{1,3}\b(?![\d.,]\d|-\d)")]
    private static partial Regex Figure();

    private sealed record Article(string Title, string Published, List<string> Paragraphs);
}
