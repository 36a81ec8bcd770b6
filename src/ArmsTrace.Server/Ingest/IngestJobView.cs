namespace ArmsTrace.Server.Ingest;

/// <param name="State">queued, running, done or failed.</param>
/// <param name="Result">What was stored, once done.</param>
internal sealed record IngestJobView(
    string Id,
    string State,
    string DocumentKey,
    string PostedBy,
    DateTimeOffset QueuedAt,
    DateTimeOffset? FinishedAt,
    IngestResponse? Result,
    string? Error);
