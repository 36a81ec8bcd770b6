namespace ArmsTrace.Storage.Merges;

/// <summary>
/// Merge judgements in the evidence database. A merge never rewrites mentions or claims; an
/// entity's cluster is every key reachable through merges still in force, so undoing one merge
/// splits the cluster again and each entity keeps the claims extracted for it.
/// </summary>
internal interface IMergeStore : IDisposable
{
    /// <summary>Records that <paramref name="leftKey"/> and <paramref name="rightKey"/> are one entity.</summary>
    /// <exception cref="StoreException">Either key is unknown, they are the same, or they are already in one cluster.</exception>
    MergeRecord Merge(string leftKey, string rightKey, MergeKind kind, double? score, IReadOnlyList<string> reasons, string decidedBy);

    /// <summary>Takes a merge back; the record stays, marked undone.</summary>
    /// <exception cref="StoreException">No merge has this id, or it was already undone.</exception>
    MergeRecord Undo(long id, string undoneBy);

    MergeRecord? Find(long id);

    IReadOnlyList<MergeRecord> List(bool includeUndone);

    /// <summary>Every key joined to <paramref name="key"/> by merges in force, the key itself first.</summary>
    IReadOnlyList<string> Cluster(string key);

    /// <summary>Entities that current documents mention, with their mention texts and claim neighbours.</summary>
    IReadOnlyList<MergeCandidate> Candidates();
}
