namespace ArmsTrace.Storage.Rows;

/// <summary>The document columns of one ingest, named as the SQL parameters use them.</summary>
internal sealed record DocumentRow(
    string Key,
    string ContentHash,
    string? Title,
    string? Url,
    string? Outlet,
    string? Published,
    string RawText,
    string IngestedAt);
