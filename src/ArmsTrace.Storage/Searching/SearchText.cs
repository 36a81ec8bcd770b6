namespace ArmsTrace.Storage.Searching;

/// <summary>
/// What a full-text search looks for: the words of the text as typed (letters and digits), every one
/// required. Operators and quotes are not passed to either database's query language, so no input
/// can make a query fail to parse, and both databases read the same words.
/// </summary>
public static class SearchText
{
    /// <summary>The most words one search uses; past this a query only gets slower, not sharper.</summary>
    public const int MaxWords = 32;

    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return [.. words.Take(MaxWords)];
    }

    /// <summary>The words as an FTS5 query: each quoted (so none is read as an operator), all required.</summary>
    internal static string Fts5(IReadOnlyList<string> words) => string.Join(' ', words.Select(w => "\"" + w + "\""));

    /// <summary>The words as text for PostgreSQL's plainto_tsquery, which requires all of them.</summary>
    internal static string Plain(IReadOnlyList<string> words) => string.Join(' ', words);
}
