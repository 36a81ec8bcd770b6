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

    /// <summary>
    /// Everything an ingest of the document writes that needs no database: rows, name keys, origin
    /// signature. Safe to call on any thread, also while another thread stores through this store, so
    /// that the work is spread over the extraction threads and the one writer only runs statements.
    /// </summary>
    /// <exception cref="StoreException">The document's offsets are invalid.</exception>
    PreparedIngest Prepare(AnalysisContext analysed, string extractorVersion);

    /// <summary>
    /// Stores prepared documents in their order in one transaction, each as <see cref="Ingest"/> would,
    /// so that a kill leaves every document whole or absent. When the database refuses any of them the
    /// transaction is rolled back and each is stored in one of its own, the error going with the
    /// document it belongs to.
    /// </summary>
    IReadOnlyList<IngestAttempt> IngestBatch(IReadOnlyList<PreparedIngest> documents);

    /// <summary>
    /// Stores a fresh extraction of a stored document's text as a new version when it found other
    /// claims or mentions than the current version holds (Unchanged otherwise); analysts' judgements
    /// on the document follow their claims into the new version.
    /// </summary>
    /// <exception cref="StoreException">As <see cref="Ingest"/>.</exception>
    IngestResult Reextract(AnalysisContext analysed, string extractorVersion);

    StoreSummary Summary();

    /// <summary>Entities whose name or any mention text contains <paramref name="search"/> (any case), most claims first.</summary>
    IReadOnlyList<StoredEntity> FindEntities(string? search, EntityType? type, int limit, int offset);

    /// <summary>Kept for callers written before the type filter.</summary>
    IReadOnlyList<StoredEntity> FindEntities(string? search, int limit = 50, int offset = 0) =>
        FindEntities(search, null, limit, offset);

    /// <summary>How many entities <see cref="FindEntities(string?, EntityType?, int, int)"/> would find on every page together.</summary>
    long CountEntities(string? search, EntityType? type);

    IReadOnlyList<StoredClaim> FindClaims(ClaimFilter filter);

    /// <summary>How many claims the filter keeps on every page together (its limit and offset ignored).</summary>
    long CountClaims(ClaimFilter filter);

    /// <summary>
    /// The entity with this key, name or mention text (any case), preferring the one with most
    /// claims; null when none matches.
    /// </summary>
    EntityDossier? Dossier(string nameOrKey, string? asOf);

    /// <summary>As <see cref="Dossier(string, string?)"/> with every claim known today.</summary>
    EntityDossier? Dossier(string nameOrKey) => Dossier(nameOrKey, null);

    /// <summary>As <see cref="Dossier(string, string?)"/> without the claims, for callers that page through them (<see cref="Graph.IEvidenceGraph.EntityClaims"/>).</summary>
    EntityDossier? Profile(string nameOrKey);

    /// <summary>
    /// Removes every version of the document with this key from the graph, with its mentions and claims;
    /// judgements on its claims become orphans, and the deletion is recorded in the audit log. Null when
    /// no document has this key.
    /// </summary>
    /// <exception cref="StoreException">The database refused the deletion; nothing was removed.</exception>
    DocumentDeletion? Delete(string key, string? reason, string user);

    /// <summary>
    /// Current documents (title and text) and current claims (evidence sentence) holding every word of
    /// <paramref name="text"/> (<see cref="Searching.SearchText.Words"/>), best matches first, a page of each.
    /// </summary>
    /// <exception cref="ArgumentException">The text has no words to look for.</exception>
    Searching.SearchResults Search(string text, int limit, int offset);
}
