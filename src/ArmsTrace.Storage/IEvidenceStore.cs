using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Storage;

/// <summary>
/// Where analysed documents go. One implementation per database; each ingest is one
/// transaction, so a failure leaves the store as it was before that document.
/// </summary>
public interface IEvidenceStore : IDisposable
{
    IngestResult Ingest(AnalysisContext analysed, string extractorVersion);

    StoreSummary Summary();

    IReadOnlyList<StoredEntity> FindEntities(string? search, int limit = 50, int offset = 0);

    IReadOnlyList<StoredClaim> FindClaims(ClaimFilter filter);

    EntityDossier? Dossier(string nameOrKey);
}
