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

    /// <summary>Shortest undirected paths from one entity to another through claims of the query's types.</summary>
    IReadOnlyList<GraphPath> Paths(string fromKey, string toKey, PathQuery query);
}
