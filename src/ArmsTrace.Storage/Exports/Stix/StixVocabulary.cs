namespace ArmsTrace.Storage.Exports.Stix;

/// <summary>How our entity types, claim types and stances are said in STIX (see docs/exports.md).</summary>
internal static class StixVocabulary
{
    public const string WeaponType = "weapon";

    /// <summary>STIX object type for an entity type: people, organisations and countries are identities, armed groups threat actors, places locations.</summary>
    public static string ObjectType(string entityType) => entityType switch
    {
        "group" => "threat-actor",
        "place" or "facility" => "location",
        "weapon" => WeaponType,
        _ => "identity",
    };

    public static string IdentityClass(string entityType) => entityType switch
    {
        "person" => "individual",
        "organization" or "country" => "organization",
        _ => "unknown",
    };

    /// <summary>Relationship types are lower-case words joined by hyphens; "located-at" is STIX's own.</summary>
    public static string RelationshipType(string claimType) => claimType switch
    {
        "supply" => "supplies",
        "manufacture" => "manufactures",
        "use" => "uses",
        "attack" => "attacks",
        "sanction" => "sanctions",
        "sponsor" => "sponsors",
        "part_of" => "part-of",
        "role" => "has-role-in",
        "located_in" => "located-at",
        "visit" => "visits",
        "meeting" => "meets-with",
        _ => claimType.Replace('_', '-'),
    };

    /// <summary>
    /// STIX confidence (0-100) that the relationship holds, read from how the source put it: a
    /// confirmation counts most, a denial least. The stance itself travels in the extension.
    /// </summary>
    public static int Confidence(string stance) => stance switch
    {
        "confirmed" => 85,
        "asserted" => 70,
        "reported" => 50,
        "alleged" => 40,
        "unconfirmed" => 30,
        "possible" or "intended" => 20,
        "denied" => 10,
        _ => 50,
    };
}
