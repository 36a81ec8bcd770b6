namespace ArmsTrace.Core.Reading.Html;

/// <summary>What <see cref="HtmlArticleExtractor"/> found in a page.</summary>
/// <param name="Paragraphs">Plain-text blocks of the article body, in order, entities decoded.</param>
internal sealed record HtmlArticle(
    string? Title,
    string? Url,
    string? Published,
    string? Outlet,
    IReadOnlyList<string> Paragraphs)
{
    /// <summary>Title and paragraphs as one plain text, blocks separated by a blank line.</summary>
    public string ToText()
    {
        var blocks = Title is null ? Paragraphs : [Title, .. Paragraphs];
        return string.Join("\n\n", blocks);
    }
}
