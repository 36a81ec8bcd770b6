namespace ArmsTrace.Cli.Loading;

/// <summary>One line of a folder's index.jsonl: metadata for the file it names.</summary>
internal sealed record IndexEntry(
    int Line,
    string File,
    string? Title,
    string? Url,
    string? Outlet,
    string? Published);
