namespace ArmsTrace.Server.Ingest;

/// <param name="Key">Stable name of the document; a new text under a known key becomes a new version.</param>
internal sealed record IngestRequest(string? Key, string? Text, string? Title = null, string? Url = null, string? Outlet = null, string? Published = null);
