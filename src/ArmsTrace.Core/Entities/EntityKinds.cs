namespace ArmsTrace.Core.Entities;

/// <summary>Which entity types may stand at the ends of a claim, kept in one place so the finders agree.</summary>
internal static class EntityKinds
{
    /// <summary>A state, organisation, armed group or person: who can supply, sanction, sponsor or be accused.</summary>
    public static bool IsParty(EntityType type) => type is EntityType.Country or EntityType.Organization or EntityType.Group or EntityType.Person;

    /// <summary>A party or a facility: a factory produces and a base launches, though neither is a party.</summary>
    public static bool IsActor(EntityType type) => IsParty(type) || type == EntityType.Facility;

    /// <summary>An organisation or an armed group: a body with a seat, officials and members, unlike a state or a person.</summary>
    public static bool IsBody(EntityType type) => type is EntityType.Organization or EntityType.Group;

    /// <summary>A party that is not a state: who may be sponsored (a state is supplied, not sponsored).</summary>
    public static bool IsClient(EntityType type) => IsParty(type) && type != EntityType.Country;
}
