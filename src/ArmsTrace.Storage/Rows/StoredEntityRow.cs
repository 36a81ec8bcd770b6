namespace ArmsTrace.Storage.Rows;

/// <summary>What an entity query reads; settable for the same reason as <see cref="StoredClaimRow"/>.</summary>
internal sealed class StoredEntityRow
{
    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public long Claims { get; set; }

    public string? CountryKey { get; set; }

    public string? ParentKey { get; set; }

    public StoredEntity ToRecord() => new(Key, Name, Type, Claims, CountryKey, ParentKey);
}
