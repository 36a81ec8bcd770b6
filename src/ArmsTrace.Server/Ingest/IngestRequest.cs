namespace ArmsTrace.Server.Ingest;

/// <param name="Key">Stable name of the document; a new text under a known key becomes a new version.</param>
/// <param name="Format">"text" or "html"; when absent, HTML is told by a .html/.htm key or by the text opening as a page does.</param>
internal sealed record IngestRequest(string? Key, string? Text, string? Title = null, string? Url = null, string? Outlet = null, string? Published = null, string? Format = null);
