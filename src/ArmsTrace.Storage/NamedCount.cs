namespace ArmsTrace.Storage;

public sealed record NamedCount(string Name, long Count);
