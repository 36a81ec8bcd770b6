namespace ArmsTrace.Storage.Graph;

/// <summary>
/// Read-side queries the web views need beyond <see cref="IEvidenceStore"/>: date-ranged claim
/// lists, documents with their annotations, neighbourhoods and paths. Current document versions only.
/// Implementations are safe to call from several threads.
/// </summary>
public interface IEvidenceGraph
{
    IReadOnlyList<StoredClaim> FindClaims(ClaimQuery query);

    IReadOnlyList<DocumentSummary> Documents(int limit, int offset);

    /// <summary>The current version of the document with this key; null when there is none.</summary>
    StoredDocument? Document(string key);

    IReadOnlyList<StoredEntity> Entities(IReadOnlyCollection<string> keys);

    Neighbourhood Neighbourhood(string entityKey, NeighbourhoodQuery query);

    /// <summary>
    /// A page of the claims an entity plays any role in, oldest publication first, after <paramref name="after"/>
    /// (a <see cref="ClaimCursor"/> token) and <paramref name="offset"/>, known by <paramref name="asOf"/> when given.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="after"/> is not a cursor this store made, or <paramref name="asOf"/> not a date.</exception>
    ClaimPage EntityClaims(string entityKey, int limit, string? after = null, int offset = 0, string? asOf = null);

    /// <summary>Shortest undirected paths from one entity to another through claims of the query's types.</summary>
    IReadOnlyList<GraphPath> Paths(string fromKey, string toKey, PathQuery query);

    /// <summary>
    /// Every claim the query's filters keep, naming its entity in any role when it has one (its subject, target,
    /// limit and offset are ignored), one document after
    /// another, read from the database while the caller enumerates: an export never holds them all.
    /// </summary>
    IEnumerable<StoredClaim> StreamClaims(ClaimQuery query);

    /// <summary>The entities playing any role in the claims <see cref="StreamClaims"/> yields for the same query, by key.</summary>
    IEnumerable<StoredEntity> StreamEntities(ClaimQuery query);

    /// <summary>The same graph read in another view (reviewed or raw), sharing this one's connections.</summary>
    IEvidenceGraph In(ClaimView view);
}
