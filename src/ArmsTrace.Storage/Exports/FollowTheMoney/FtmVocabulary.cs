namespace ArmsTrace.Storage.Exports.FollowTheMoney;

/// <summary>Which FollowTheMoney schema holds each entity and claim type (see docs/exports.md).</summary>
internal static class FtmVocabulary
{
    public static string EntitySchema(string entityType) => entityType switch
    {
        "person" => "Person",
        "organization" or "group" => "Organization",
        "country" => "PublicBody",
        "place" or "facility" => "Address",
        "weapon" => "Asset",
        _ => "LegalEntity",
    };

    /// <summary>Schemas FollowTheMoney counts as legal entities, which membership and employment links need at both ends.</summary>
    public static bool IsLegalEntity(string schema) => schema is "Person" or "Organization" or "PublicBody" or "LegalEntity";

    public static bool IsOrganization(string schema) => schema is "Organization" or "PublicBody";

    /// <summary>The role an "other link" carries, in words.</summary>
    public static string Role(string claimType) => claimType switch
    {
        "supply" => "supplies",
        "manufacture" => "manufactures",
        "use" => "uses",
        "attack" => "attacks",
        "sanction" => "sanctions",
        "sponsor" => "sponsors",
        "part_of" => "part of",
        "role" => "has a role in",
        "located_in" => "located in",
        "visit" => "visits",
        "meeting" => "meets",
        _ => claimType.Replace('_', ' '),
    };
}
