using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Rows;

internal sealed class MentionViewRow
{
    public long Start { get; set; }

    public long End { get; set; }

    public string Text { get; set; } = string.Empty;

    public string EntityKey { get; set; } = string.Empty;

    public string EntityName { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public StoredMention ToRecord() => new(Start, End, Text, EntityKey, EntityName, EntityType);
}
