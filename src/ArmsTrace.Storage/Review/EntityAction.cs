using System.Text.Json.Serialization;

namespace ArmsTrace.Storage.Review;

/// <summary>What an analyst set on an entity.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityAction>))]
public enum EntityAction
{
    [JsonStringEnumMemberName("rename")]
    Rename,

    [JsonStringEnumMemberName("retype")]
    Retype,

    /// <summary>The country the entity belongs to, as an entity key.</summary>
    [JsonStringEnumMemberName("country")]
    Country,

    /// <summary>The body the entity is part of, as an entity key.</summary>
    [JsonStringEnumMemberName("parent")]
    Parent,
}
