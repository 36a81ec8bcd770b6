namespace ArmsTrace.Storage.Rows;

/// <summary>What a grouped count reads; settable for the same reason as <see cref="StoredClaimRow"/>.</summary>
internal sealed class NamedCountRow
{
    public string Name { get; set; } = string.Empty;

    public long Count { get; set; }

    public string? Key { get; set; }

    public NamedCount ToRecord() => new(Name, Count, Key);
}
