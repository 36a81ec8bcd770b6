namespace ArmsTrace.Storage.Review;

/// <summary>What an analyst set on an entity.</summary>
public enum EntityAction
{
    Rename,
    Retype,

    /// <summary>The country the entity belongs to, as an entity key.</summary>
    Country,

    /// <summary>The body the entity is part of, as an entity key.</summary>
    Parent,
}
