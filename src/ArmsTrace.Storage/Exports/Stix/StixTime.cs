using System.Globalization;

namespace ArmsTrace.Storage.Exports.Stix;

/// <summary>STIX timestamps (UTC, millisecond precision where the spec asks for it) from our stored dates.</summary>
internal static class StixTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>A recorded instant ("2026-01-02T03:04:05.678Z" or any round-trip form); null when unreadable.</summary>
    public static string? Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The first instant of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" period.</summary>
    public static string? Start(string? period) => Bounds(period) is { } b ? b.Start.ToString(Format, CultureInfo.InvariantCulture) : null;

    /// <summary>The first instant after the period, as STIX wants a stop time later than the start.</summary>
    public static string? End(string? period) => Bounds(period) is { } b ? b.End.ToString(Format, CultureInfo.InvariantCulture) : null;

    private static (DateTime Start, DateTime End)? Bounds(string? period)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return null;
        }

        var p = period.Trim();
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (p.Length == 4 && DateTime.TryParseExact(p, "yyyy", CultureInfo.InvariantCulture, styles, out var y))
        {
            return (y, y.AddYears(1));
        }

        if (p.Length == 7 && DateTime.TryParseExact(p, "yyyy-MM", CultureInfo.InvariantCulture, styles, out var m))
        {
            return (m, m.AddMonths(1));
        }

        return p.Length >= 10 && DateTime.TryParseExact(p[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out var d)
            ? (d, d.AddDays(1))
            : null;
    }
}
