using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Claims;

/// <summary>A claim's pointer to an entity: per-document id, cross-document key, best name and type.</summary>
public sealed record EntityRef(string Id, string Key, string Name, EntityType Type);
