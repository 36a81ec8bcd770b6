namespace ArmsTrace.Storage;

/// <param name="OrphanedJudgements">Analysts' judgements on the document that no claim of this version matches; listed by `review orphans`.</param>
public sealed record IngestResult(IngestOutcome Outcome, long DocumentId, int Version, int Mentions, int Claims, int OrphanedJudgements = 0);
