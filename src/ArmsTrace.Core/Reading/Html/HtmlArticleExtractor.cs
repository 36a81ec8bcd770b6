using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ArmsTrace.Core.Reading.Html;

/// <summary>
/// Finds the article in a news page and returns it as plain text: the title and the body's paragraphs,
/// without navigation, scripts, page furniture or ads.
/// </summary>
internal static partial class HtmlArticleExtractor
{
    private const string Furniture =
        "script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside, form, button, figure, figcaption";

    // Matched against whole class/id words (split on '-' and '_') so that "header" or "read-more" never count.
    private static readonly HashSet<string> AdWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "advertisement", "sponsored", "promo",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    };

    /// <param name="maxParseTime">How long parsing may take; past it the parse is abandoned.</param>
    /// <returns>The article, or null when parsing took longer than <paramref name="maxParseTime"/>.</returns>
    public static HtmlArticle? Extract(string html, TimeSpan maxParseTime)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxParseTime, TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        var parser = new HtmlParser(new HtmlParserOptions
        {
            // The parser creates elements all along, so checking here stops it within moments of the limit.
            OnCreated = (_, _) =>
            {
                if (watch.Elapsed > maxParseTime)
                {
                    throw new TimeoutException();
                }
            },
        });

        IDocument parsed;
        try
        {
            parsed = parser.ParseDocument(html);
        }
        catch (TimeoutException)
        {
            return null;
        }

        using var document = parsed;

        // Metadata first: the furniture removed below (header, time in a byline, JSON-LD scripts) often carries it.
        var linked = JsonLdMetadata.Read(document.QuerySelectorAll("script[type='application/ld+json']").Select(script => script.TextContent));
        var title = Clean(Attribute(document, "meta[property='og:title'], meta[name='og:title']", "content"))
            ?? Clean(document.QuerySelector("title")?.TextContent)
            ?? Clean(linked.Headline);
        var url = Clean(Attribute(document, "link[rel~='canonical']", "href"))
            ?? Clean(Attribute(document, "meta[property='og:url'], meta[name='og:url']", "content"));
        var published = Clean(Attribute(document, "meta[property='article:published_time'], meta[name='article:published_time']", "content"))
            ?? Clean(linked.DatePublished)
            ?? Clean(Attribute(document, "article time[datetime]", "datetime"))
            ?? Clean(Attribute(document, "time[datetime]", "datetime"));
        var outlet = Clean(Attribute(document, "meta[property='og:site_name'], meta[name='og:site_name']", "content"))
            ?? Clean(linked.Publisher);

        RemoveFurniture(document);
        var body = FindBody(document);
        var paragraphs = body is null ? [] : Paragraphs(body);

        // Pages usually repeat the headline as the article's first heading.
        if (title is not null && paragraphs.Count > 0 && paragraphs[0] == title)
        {
            paragraphs.RemoveAt(0);
        }

        return new HtmlArticle(title, url, DateOnlyPrefix(published), outlet, paragraphs);
    }

    private static string? Attribute(IDocument document, string selector, string attribute) =>
        document.QuerySelector(selector)?.GetAttribute(attribute);

    private static void RemoveFurniture(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(Furniture).ToList())
        {
            element.Remove();
        }

        var ads = document.All.Where(element => !IsPageFrame(element) && IsAd(element)).ToList();
        foreach (var element in ads)
        {
            element.Remove();
        }
    }

    // A site-wide class on the page or article container says nothing about ads inside it.
    private static bool IsPageFrame(IElement element) =>
        element.LocalName is "html" or "head" or "body" or "main" or "article";

    private static bool IsAd(IElement element)
    {
        var names = $"{element.Id} {element.ClassName}";
        return names.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(AdWords.Contains);
    }

    private static IElement? FindBody(IDocument document)
    {
        var marked = Largest(document.QuerySelectorAll("article"))
            ?? Largest(document.QuerySelectorAll("[itemprop='articleBody']"));
        if (marked is not null)
        {
            return marked;
        }

        // No markup says where the article is, so take the element whose own paragraphs hold the most text.
        var paragraphTextByParent = new Dictionary<IElement, int>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            if (paragraph.ParentElement is { } parent)
            {
                paragraphTextByParent[parent] = paragraphTextByParent.GetValueOrDefault(parent) + paragraph.TextContent.Trim().Length;
            }
        }

        return paragraphTextByParent.Count == 0
            ? document.Body
            : paragraphTextByParent.MaxBy(pair => pair.Value).Key;
    }

    private static IElement? Largest(IHtmlCollection<IElement> candidates) =>
        candidates.Length == 0 ? null : candidates.MaxBy(element => element.TextContent.Length);

    // Walks with an explicit stack: hostile pages can nest deeply enough to overflow a recursive walk.
    private static List<string> Paragraphs(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                current.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var isBlock = BlockElements.Contains(element.LocalName);
            if (isBlock)
            {
                Flush(current, paragraphs);
            }

            if (leaving)
            {
                continue;
            }

            stack.Push((element, true));
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((element.ChildNodes[i], false));
            }
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (Clean(current.ToString()) is { } paragraph)
        {
            paragraphs.Add(paragraph);
        }

        current.Clear();
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var collapsed = Whitespace().Replace(value, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    // The pipeline reads dates as YYYY, YYYY-MM or YYYY-MM-DD; a timestamp's date as written is the publisher's day.
    // A page's date in any other form is left out rather than stored where date filters would misorder it.
    private static string? DateOnlyPrefix(string? published)
    {
        if (published is null)
        {
            return null;
        }

        var match = IsoTimestamp().Match(published);
        var date = match.Success ? match.Groups["date"].Value : published.Trim();
        return Core.Time.PartialDate.ParseExact(date)?.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTimestamp();
}
