namespace ArmsTrace.Storage;

public sealed record IngestResult(IngestOutcome Outcome, long DocumentId, int Version, int Mentions, int Claims);
