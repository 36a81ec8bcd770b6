namespace ArmsTrace.Storage;

/// <param name="Type">Wire name of the entity type ("person", "country"), as JSON output prints it.</param>
/// <param name="Claims">Claims in current document versions that the entity takes part in, in any role.</param>
/// <param name="CountryKey">The country an analyst said the entity belongs to; filled in dossiers and entity lists.</param>
/// <param name="ParentKey">The body an analyst said the entity is part of; filled where one entity is read.</param>
public sealed record StoredEntity(string Key, string Name, string Type, long Claims, string? CountryKey = null, string? ParentKey = null);
