namespace ArmsTrace.Storage.Exports;

/// <summary>
/// What a writer reads: the entities, then the claims, each enumerated once and possibly straight
/// from the database. Claims of one document come together, so a writer can close a document's
/// report when the next one starts.
/// </summary>
public sealed record ExportData(IEnumerable<ExportEntity> Entities, IEnumerable<StoredClaim> Claims);
