namespace ArmsTrace.Storage.Graph;

/// <summary>The current version of a document with the mentions and claims found in it; offsets point into <see cref="Text"/>.</summary>
public sealed record StoredDocument(
    string Key,
    int Version,
    string? Title,
    string? Url,
    string? Outlet,
    string? Published,
    string IngestedAt,
    string Text,
    IReadOnlyList<StoredMention> Mentions,
    IReadOnlyList<StoredClaim> Claims);
