using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Server.Api;

/// <summary>
/// Parent, country and coordinates of stored entities. The store keeps names and types only, so
/// these come from the knowledge base the extractor resolved against (keys "kb:ID").
/// </summary>
internal sealed class KnowledgeLookup(KnowledgeBase kb)
{
    public KbEntry? Find(string entityKey) => kb.FindByKey(entityKey);

    /// <summary>The entry with a knowledge-base id (no "kb:" prefix).</summary>
    public KbEntry? Entry(string id) => kb.Find(id);

    public EntityLink? Link(string? id)
    {
        if (id is null || kb.Find(id) is not { } entry)
        {
            return null;
        }

        return new EntityLink(entry.Key, entry.Name);
    }

    /// <summary>The country an entity belongs to: itself for a country, else its knowledge-base country.</summary>
    public EntityLink? CountryOf(string entityKey, string type)
    {
        var entry = Find(entityKey);
        if (entry is null)
        {
            return null;
        }

        return type == "country" ? new EntityLink(entry.Key, entry.Name) : Link(entry.Country);
    }
}
