namespace ArmsTrace.Storage.Searching;

/// <summary>A current claim whose evidence sentence matches a search, the sentence with its matched words marked.</summary>
public sealed record ClaimHit(
    long Id,
    string Type,
    string SubjectKey,
    string SubjectName,
    string? ObjectKey,
    string? ObjectName,
    string Stance,
    string DocumentKey,
    string? DocumentTitle,
    string? Published,
    IReadOnlyList<SnippetPart> Evidence);
