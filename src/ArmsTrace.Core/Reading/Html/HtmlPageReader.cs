using System.Text.RegularExpressions;

namespace ArmsTrace.Core.Reading.Html;

/// <summary>
/// The one way a news page becomes a document's text and metadata, for files the command line reads
/// and pages posted to the server alike: refused when nested too deep, abandoned when its parse runs
/// too long, and an article only when it has body text.
/// </summary>
internal static partial class HtmlPageReader
{
    /// <summary>
    /// 2,000: real pages nest a few dozen levels, and the HTML parser's cost grows with depth times size
    /// (200,000 nested elements took minutes), so deeper pages are refused before parsing.
    /// </summary>
    public const int DefaultMaxDepth = 2000;

    /// <summary>
    /// 15 s: a 20 MB page of paragraphs parses in about 4 s; past this the parse is abandoned, a backstop for pages
    /// whose cost the nesting check does not foresee.
    /// </summary>
    public static readonly TimeSpan DefaultMaxParseTime = TimeSpan.FromSeconds(15);

    public static HtmlReading Read(string html, int maxDepth, TimeSpan maxParseTime)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlNesting.IsDeeperThan(html, maxDepth))
        {
            return new HtmlReading(null, HtmlProblem.TooDeep);
        }

        var article = HtmlArticleExtractor.Extract(html, maxParseTime);
        if (article is null)
        {
            return new HtmlReading(null, HtmlProblem.TooSlow);
        }

        return article.Paragraphs.Count == 0 ? new HtmlReading(null, HtmlProblem.NoText) : new HtmlReading(article, HtmlProblem.None);
    }

    /// <summary>
    /// Whether text posted without saying its format is a page: it opens (after whitespace) with a
    /// doctype, a comment or one of the elements a page or an article fragment starts with. Plain text
    /// that merely mentions a tag further on stays text.
    /// </summary>
    public static bool LooksLikeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PageStart().IsMatch(text);
    }

    [GeneratedRegex(@"\A\s*<(!doctype\s+html|!--|(html|head|body|meta|title|link|article|main|section|header|div|p|h[1-6])[\s>/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageStart();
}
