namespace ArmsTrace.Core.Entities;

/// <summary>Kinds of things the graph holds. Lower-case names are what JSON output prints.</summary>
public enum EntityType
{
    Other,
    Person,
    Organization,
    Country,
    Place,
    Facility,
    Weapon,
    Group,
}
