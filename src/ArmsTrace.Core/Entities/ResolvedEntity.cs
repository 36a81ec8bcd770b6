namespace ArmsTrace.Core.Entities;

/// <summary>One thing a document talks about, with every mention of it.</summary>
/// <param name="Id">Per-document id such as "e3".</param>
/// <param name="Key">Cross-document identity ("kb:qods-force", "name:ghazanfar roknabadi industries").</param>
public sealed record ResolvedEntity(string Id, string Key, string Name, EntityType Type)
{
    public List<int> Mentions { get; } = [];
}
