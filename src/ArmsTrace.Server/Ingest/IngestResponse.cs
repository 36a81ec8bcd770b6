namespace ArmsTrace.Server.Ingest;

/// <param name="Outcome">"added", "new_version", "metadata_updated" (same text, corrected title, url, outlet or date) or "unchanged".</param>
internal sealed record IngestResponse(string Key, string Outcome, int Version, int Mentions, int Claims, IReadOnlyList<string> Warnings);
