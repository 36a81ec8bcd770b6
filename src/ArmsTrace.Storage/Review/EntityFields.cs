namespace ArmsTrace.Storage.Review;

/// <summary>The entity fields judgements set, as read before a judgement so it can remember what it replaced.</summary>
internal sealed class EntityFields
{
    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string? Country { get; set; }

    public string? Parent { get; set; }

    /// <summary>The statement that sets the field an action judges to @value for @key.</summary>
    public static string Set(EntityAction action) => action switch
    {
        EntityAction.Rename => "UPDATE entities SET name = @value WHERE entity_key = @key",
        EntityAction.Retype => "UPDATE entities SET type = @value WHERE entity_key = @key",
        EntityAction.Country => "UPDATE entities SET country_key = @value WHERE entity_key = @key",
        _ => "UPDATE entities SET parent_key = @value WHERE entity_key = @key",
    };

    public string? Field(EntityAction action) => action switch
    {
        EntityAction.Rename => Name,
        EntityAction.Retype => Type,
        EntityAction.Country => Country,
        _ => Parent,
    };
}
