namespace ArmsTrace.Storage.Graph;

public sealed record StoredMention(long Start, long End, string Text, string EntityKey, string EntityName, string EntityType);
