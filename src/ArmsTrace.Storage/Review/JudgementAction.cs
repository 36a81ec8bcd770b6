using System.Text.Json.Serialization;

namespace ArmsTrace.Storage.Review;

/// <summary>What an analyst said of a claim.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JudgementAction>))]
public enum JudgementAction
{
    [JsonStringEnumMemberName("accept")]
    Accept,

    [JsonStringEnumMemberName("reject")]
    Reject,

    [JsonStringEnumMemberName("edit")]
    Edit,
}
