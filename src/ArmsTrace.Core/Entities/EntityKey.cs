namespace ArmsTrace.Core.Entities;

/// <summary>
/// The shapes of a cross-document entity key: "kb:ID" for a knowledge-base entry, "name:" for a
/// name the knowledge base does not hold, and "facility:", "collective:", "phrase:" and
/// "speaker:" for what the recognisers and resolvers make of facilities, collective nouns,
/// descriptive phrases and unnamed speakers; each followed by a normalised name. Keys are stored
/// as these strings, so only the prefixes live here.
/// </summary>
internal static class EntityKey
{
    private const string KnowledgeBasePrefix = "kb:";
    private const string NamePrefix = "name:";
    private const string FacilityPrefix = "facility:";
    private const string CollectivePrefix = "collective:";
    private const string PhrasePrefix = "phrase:";
    private const string SpeakerPrefix = "speaker:";

    public static string ForKnowledgeBase(string id) => KnowledgeBasePrefix + id;

    /// <param name="normalizedName">A name as <c>NameNormalizer.Normalize</c> gives it.</param>
    public static string ForName(string normalizedName) => NamePrefix + normalizedName;

    /// <summary>A facility the knowledge base does not know ("the Engels air base").</summary>
    public static string ForFacility(string normalizedName) => FacilityPrefix + normalizedName;

    /// <summary>A common noun naming a collective party ("militias", "proxy forces").</summary>
    public static string ForCollective(string normalizedName) => CollectivePrefix + normalizedName;

    /// <summary>A descriptive phrase standing for a party that no name covers ("Chinese entities").</summary>
    public static string ForPhrase(string normalizedName) => PhrasePrefix + normalizedName;

    /// <summary>A speaker who stands for no named body ("Western analysts", "two European diplomats").</summary>
    public static string ForSpeaker(string normalizedName) => SpeakerPrefix + normalizedName;

    public static bool IsKnowledgeBase(string key) => key.StartsWith(KnowledgeBasePrefix, StringComparison.Ordinal);

    public static bool IsName(string key) => key.StartsWith(NamePrefix, StringComparison.Ordinal);

    public static bool IsPhrase(string key) => key.StartsWith(PhrasePrefix, StringComparison.Ordinal);

    /// <summary>The knowledge-base id a key names, or null for a key of any other shape.</summary>
    public static string? KnowledgeBaseId(string key) => IsKnowledgeBase(key) ? key[KnowledgeBasePrefix.Length..] : null;
}
