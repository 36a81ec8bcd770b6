namespace ArmsTrace.Storage.Searching;

/// <summary>
/// For a database whose text index cannot hand out matches newest first (PostgreSQL's GIN): statements for the
/// highest document and claim ids, so <see cref="FullTextSearch"/> can find a range of ids that holds the newest
/// matches and let the candidates be read from that range alone, not from every match.
/// </summary>
internal sealed record NewestWindows(string LastDocumentId, string LastClaimId);
