namespace ArmsTrace.Storage;

public sealed record StoredEntity(string Key, string Name, string Type, long Claims);
