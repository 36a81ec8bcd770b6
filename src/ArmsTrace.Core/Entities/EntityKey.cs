namespace ArmsTrace.Core.Entities;

/// <summary>
/// The two shapes of a cross-document entity key: "kb:ID" for a knowledge-base entry and
/// "name:normalised name" for a name the knowledge base does not hold. Keys are stored as these
/// strings, so only the prefixes live here.
/// </summary>
internal static class EntityKey
{
    private const string KnowledgeBasePrefix = "kb:";
    private const string NamePrefix = "name:";

    public static string ForKnowledgeBase(string id) => KnowledgeBasePrefix + id;

    /// <param name="normalizedName">A name as <c>NameNormalizer.Normalize</c> gives it.</param>
    public static string ForName(string normalizedName) => NamePrefix + normalizedName;

    public static bool IsKnowledgeBase(string key) => key.StartsWith(KnowledgeBasePrefix, StringComparison.Ordinal);

    public static bool IsName(string key) => key.StartsWith(NamePrefix, StringComparison.Ordinal);

    /// <summary>The knowledge-base id a key names, or null for a name key.</summary>
    public static string? KnowledgeBaseId(string key) => IsKnowledgeBase(key) ? key[KnowledgeBasePrefix.Length..] : null;
}
