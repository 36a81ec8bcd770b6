namespace ArmsTrace.Storage;

/// <param name="Type">Wire name of the entity type ("person", "country"), as JSON output prints it.</param>
/// <param name="Claims">Claims in current document versions that the entity takes part in, in any role.</param>
public sealed record StoredEntity(string Key, string Name, string Type, long Claims);
