using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Matching;

/// <summary>An entity from the graph as the clusterer sees it: key, names it was mentioned by, type and the entities it shares claims with.</summary>
internal sealed record ClusterItem(string Key, string Name, EntityType Type, IReadOnlyList<string> Names, IReadOnlyCollection<string> Neighbours)
{
    public bool IsKnown => EntityKey.IsKnowledgeBase(Key);
}
