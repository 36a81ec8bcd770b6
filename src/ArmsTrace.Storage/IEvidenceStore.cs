using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Storage;

/// <summary>
/// Where analysed documents go. One implementation per database; each ingest is one
/// transaction, so a failure leaves the store as it was before that document. Queries see
/// current document versions only.
/// </summary>
public interface IEvidenceStore : IDisposable
{
    /// <summary>Stores one analysed document, its entities, mentions and claims with raw offsets.</summary>
    /// <exception cref="StoreException">The document's offsets are invalid or the database refused the write.</exception>
    IngestResult Ingest(AnalysisContext analysed, string extractorVersion);

    StoreSummary Summary();

    /// <summary>Entities whose name or any mention text contains <paramref name="search"/> (any case), most claims first.</summary>
    IReadOnlyList<StoredEntity> FindEntities(string? search, EntityType? type, int limit, int offset);

    /// <summary>Kept for callers written before the type filter.</summary>
    IReadOnlyList<StoredEntity> FindEntities(string? search, int limit = 50, int offset = 0) =>
        FindEntities(search, null, limit, offset);

    IReadOnlyList<StoredClaim> FindClaims(ClaimFilter filter);

    /// <summary>
    /// The entity with this key, name or mention text (any case), preferring the one with most
    /// claims; null when none matches.
    /// </summary>
    EntityDossier? Dossier(string nameOrKey, string? asOf);

    /// <summary>As <see cref="Dossier(string, string?)"/> with every claim known today.</summary>
    EntityDossier? Dossier(string nameOrKey) => Dossier(nameOrKey, null);

    /// <summary>As <see cref="Dossier(string, string?)"/> without the claims, for callers that page through them (<see cref="Graph.IEvidenceGraph.EntityClaims"/>).</summary>
    EntityDossier? Profile(string nameOrKey);
}
