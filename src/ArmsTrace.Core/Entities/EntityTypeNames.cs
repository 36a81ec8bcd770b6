namespace ArmsTrace.Core.Entities;

public static class EntityTypeNames
{
    public static string ToName(this EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Country => "country",
        EntityType.Place => "place",
        EntityType.Facility => "facility",
        EntityType.Weapon => "weapon",
        EntityType.Group => "group",
        _ => "other",
    };

    public static EntityType Parse(string? name) => name?.ToUpperInvariant() switch
    {
        "PERSON" or "PER" => EntityType.Person,
        "ORGANIZATION" or "ORGANISATION" or "ORG" or "COMPANY" or "UNIT" or "GOVERNMENT" => EntityType.Organization,
        "COUNTRY" or "GPE" => EntityType.Country,
        "PLACE" or "LOC" or "LOCATION" or "CITY" or "REGION" => EntityType.Place,
        "FACILITY" or "FAC" or "BASE" => EntityType.Facility,
        "WEAPON" or "PLATFORM" or "SYSTEM" => EntityType.Weapon,
        "GROUP" or "ARMED_GROUP" or "MILITIA" => EntityType.Group,
        _ => EntityType.Other,
    };
}
