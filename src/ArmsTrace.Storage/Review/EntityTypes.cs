using ArmsTrace.Core.Entities;

namespace ArmsTrace.Storage.Review;

/// <summary>Entity type names an analyst may set.</summary>
internal static class EntityTypes
{
    private static readonly string[] Names = [.. Enum.GetValues<EntityType>().Select(t => t.ToName()).Distinct()];

    /// <exception cref="StoreException">The name is not an entity type.</exception>
    public static string Check(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        return Names.Contains(n, StringComparer.Ordinal) ? n : throw new StoreException($"'{name}' is not an entity type; use one of {string.Join(", ", Names)}.");
    }
}
