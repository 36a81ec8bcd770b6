using System.Globalization;

namespace ArmsTrace.Core.Time;

/// <summary>A date known to year, month or day precision.</summary>
public readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision)
{
    public static PartialDate OfYear(int year) => new(year, 1, 1, DatePrecision.Year);

    public static PartialDate OfMonth(int year, int month) => new(year, month, 1, DatePrecision.Month);

    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day, DatePrecision.Day);

    public DateOnly Start => new(Year, Month, Day);

    /// <summary>Last day this date covers: the whole month for a month, the whole year for a year.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, Month, Day),
    };

    /// <summary>Parses "2023", "2023-11" or "2023-11-05"; anything else is null.</summary>
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split('-');
        var ok = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1000 and < 3000;
        if (!ok)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return OfYear(y);
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return OfMonth(y, m);
        }

        var dayPart = parts[2].Length > 2 ? parts[2][..2] : parts[2];
        if (!int.TryParse(dayPart, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return OfDay(y, m, d);
    }

    /// <summary>
    /// As <see cref="Parse"/>, but only text already written as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (no
    /// one-digit months, no time after the day): a date given by a user or a feed, to be stored as written.
    /// </summary>
    public static PartialDate? ParseExact(string? text) =>
        Parse(text) is { } date && date.ToString() == text!.Trim() ? date : null;

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
