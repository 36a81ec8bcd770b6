using System.Globalization;

namespace ArmsTrace.Storage.Corroboration;

/// <summary>Splits a disputed fact's timeline into the sides of its first dispute, keeping each side in date order.</summary>
internal static class DisputeSides
{
    public static IReadOnlyList<DisputeSide> Of(FactSummary fact, IReadOnlyList<FactStep> timeline)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(timeline);
        Func<FactStep, string?> side = fact.Disputes.FirstOrDefault() switch
        {
            "stances" => s => s.Stance == "denied" ? "denied" : "affirmed",
            "quantities" => s => s.QuantityValue is { } q ? (s.QuantityText ?? q.ToString(CultureInfo.InvariantCulture)) + (s.QuantityUnit is { } u ? " " + u : string.Empty) : null,
            "dates" => s => s.TimeFrom is null ? null : s.TimeText ?? s.TimeFrom,
            _ => _ => null,
        };
        return [.. timeline
            .Select(s => (Label: side(s), Step: s))
            .Where(x => x.Label is not null)
            .GroupBy(x => x.Label!, StringComparer.Ordinal)
            .Select(g => new DisputeSide(g.Key, [.. g.Select(x => x.Step)]))];
    }
}
