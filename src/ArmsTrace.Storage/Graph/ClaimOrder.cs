namespace ArmsTrace.Storage.Graph;

/// <summary>
/// <see cref="Sql.CurrentReadSql.ClaimOrder"/> in memory, for claims read in another order: undated documents last,
/// then date, document, place in the text and id, compared by code point as SQLite compares text.
/// </summary>
internal sealed class ClaimOrder : IComparer<StoredClaim>
{
    public static ClaimOrder Instance { get; } = new();

    private ClaimOrder()
    {
    }

    public int Compare(StoredClaim? x, StoredClaim? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var c = (x.Published is null).CompareTo(y.Published is null);
        c = c != 0 ? c : string.CompareOrdinal(x.Published, y.Published);
        c = c != 0 ? c : string.CompareOrdinal(x.DocumentKey, y.DocumentKey);
        c = c != 0 ? c : x.EvidenceStart.CompareTo(y.EvidenceStart);
        return c != 0 ? c : x.Id.CompareTo(y.Id);
    }
}
