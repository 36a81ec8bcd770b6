using System.Globalization;

namespace ArmsTrace.Storage.Corroboration;

/// <summary>
/// The day an "as known on" view stops: "YYYY", "YYYY-MM" or "YYYY-MM-DD", where a year or month
/// means its last day, so "--as-of 2022" keeps everything published in 2022.
/// </summary>
public static class AsOfDate
{
    public const string Formats = "YYYY, YYYY-MM or YYYY-MM-DD";

    /// <summary>The last day the text names, as "YYYY-MM-DD"; null for null or blank.</summary>
    /// <exception cref="FormatException">The text is not a date in one of <see cref="Formats"/>.</exception>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            return day.ToString("yyyy-MM-dd", c);
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", c, DateTimeStyles.None, out var month))
        {
            return month.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", c);
        }

        if (value.Length == 4 && DateOnly.TryParseExact(value, "yyyy", c, DateTimeStyles.None, out var year))
        {
            return new DateOnly(year.Year, 12, 31).ToString("yyyy-MM-dd", c);
        }

        throw new FormatException($"'{value}' is not a date: write {Formats}");
    }
}
