namespace ArmsTrace.Core.Claims.Trees;

/// <summary>What sort of name may fill a pattern's slot.</summary>
internal enum SlotKind
{
    /// <summary>A country, organisation, group or person.</summary>
    Party,

    /// <summary>A party or a facility.</summary>
    Actor,

    Weapon,

    /// <summary>A place, country or facility.</summary>
    Place,

    /// <summary>A party, place, facility or weapon: what an attack may hit.</summary>
    Target,

    Person,

    /// <summary>An organisation, group or person: who may be sponsored (a state is supplied, not sponsored).</summary>
    Client,
}
