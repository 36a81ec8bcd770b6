namespace ArmsTrace.Server.Ingest;

/// <param name="Outcome">"added", "new_version" or "unchanged".</param>
internal sealed record IngestResponse(string Key, string Outcome, int Version, int Mentions, int Claims, IReadOnlyList<string> Warnings);
