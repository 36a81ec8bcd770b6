namespace ArmsTrace.Storage.Searching;

/// <summary>One row of entity_name_keys, named as the insert's parameters.</summary>
internal sealed record NameKeyRow(string NameKey, string EntityKey);
