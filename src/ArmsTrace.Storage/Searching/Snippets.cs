namespace ArmsTrace.Storage.Searching;

/// <summary>
/// The databases mark matched words in a snippet with these two private-use characters, which news
/// text does not hold; the marks become <see cref="SnippetPart"/>s here, so no caller ever parses markup.
/// </summary>
internal static class Snippets
{
    public const string Open = "\uE000";

    public const string Close = "\uE001";

    public static IReadOnlyList<SnippetPart> Parts(string? marked)
    {
        var parts = new List<SnippetPart>();
        if (string.IsNullOrEmpty(marked))
        {
            return parts;
        }

        var at = 0;
        while (at < marked.Length)
        {
            var open = marked.IndexOf(Open, at, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new SnippetPart(marked[at..], false));
                break;
            }

            if (open > at)
            {
                parts.Add(new SnippetPart(marked[at..open], false));
            }

            var close = marked.IndexOf(Close, open + 1, StringComparison.Ordinal);
            var end = close < 0 ? marked.Length : close;
            parts.Add(new SnippetPart(marked[(open + 1)..end], true));
            at = end + 1;
        }

        return parts;
    }
}
