using System.Globalization;
using ArmsTrace.Core.Claims;

namespace ArmsTrace.Storage.Exports;

/// <summary>
/// Checks an export's filters before anything is read, so a misspelt type or an impossible date is
/// an error that says what is valid, never an empty file.
/// </summary>
public static class ExportFilters
{
    public static IReadOnlyList<string> TypeNames { get; } = [.. Enum.GetValues<ClaimType>().Select(t => t.ToName())];

    public static IReadOnlyList<string> StanceNames { get; } = [.. Enum.GetValues<Stance>().Select(s => s.ToName())];

    /// <summary>The first problem with the query's filters, in words; null when there is none.</summary>
    public static string? Problem(ExportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Types?.FirstOrDefault(t => ClaimNames.ParseType(t.Trim()) is null) is { } type)
        {
            return $"unknown claim type '{type}'; valid types: {string.Join(", ", TypeNames)}";
        }

        if (query.Stances?.FirstOrDefault(s => ClaimNames.ParseStance(s.Trim()) is null) is { } stance)
        {
            return $"unknown stance '{stance}'; valid stances: {string.Join(", ", StanceNames)}";
        }

        foreach (var (name, value) in new[] { ("from", query.From), ("to", query.To), ("as-of", query.AsOf) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsDate(value.Trim()))
            {
                return $"'{value}' is not a date for '{name}': write YYYY, YYYY-MM or YYYY-MM-DD";
            }
        }

        return query.Depth is < 1 or > 4 ? $"depth {query.Depth} is outside 1 to 4" : null;
    }

    private static bool IsDate(string value) =>
        DateTime.TryParseExact(value, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
