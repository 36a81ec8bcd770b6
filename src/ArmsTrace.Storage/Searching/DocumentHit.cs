namespace ArmsTrace.Storage.Searching;

/// <summary>A current document whose title or text matches a search, with a passage of its text around the matches.</summary>
public sealed record DocumentHit(string Key, int Version, string? Title, string? Url, string? Outlet, string? Published, IReadOnlyList<SnippetPart> Snippet);
