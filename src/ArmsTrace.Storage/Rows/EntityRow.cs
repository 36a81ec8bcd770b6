using ArmsTrace.Core.Entities;

namespace ArmsTrace.Storage.Rows;

/// <param name="Type">Wire name ("person", "country"), as stored.</param>
internal sealed record EntityRow(string Key, string Name, string Type)
{
    /// <summary>Knowledge-base names are curated, so they replace whatever name a key was first stored with.</summary>
    public bool IsKnowledgeBase => EntityKey.IsKnowledgeBase(Key);
}
