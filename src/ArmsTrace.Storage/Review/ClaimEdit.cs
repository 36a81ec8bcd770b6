namespace ArmsTrace.Storage.Review;

/// <summary>
/// The fields an edit sets; null leaves the extracted value. Entities are given by key, by name,
/// or as "new:TYPE:NAME" to add one the extractor missed.
/// </summary>
public sealed record ClaimEdit(
    string? Type = null,
    string? Subject = null,
    string? Object = null,
    string? Item = null,
    decimal? QuantityValue = null,
    string? QuantityText = null,
    string? Stance = null,
    string? Source = null,
    string? TimeFrom = null,
    string? TimeTo = null)
{
    public bool IsEmpty => this == new ClaimEdit();

    /// <summary>This edit's fields, falling back to <paramref name="earlier"/>'s where this one leaves them.</summary>
    public ClaimEdit Over(ClaimEdit? earlier) => earlier is null ? this : new(
        Type ?? earlier.Type,
        Subject ?? earlier.Subject,
        Object ?? earlier.Object,
        Item ?? earlier.Item,
        QuantityValue ?? earlier.QuantityValue,
        QuantityText ?? earlier.QuantityText,
        Stance ?? earlier.Stance,
        Source ?? earlier.Source,
        TimeFrom ?? earlier.TimeFrom,
        TimeTo ?? earlier.TimeTo);
}
