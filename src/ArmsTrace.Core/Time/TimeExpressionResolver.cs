using System.Globalization;
using ArmsTrace.Core.Claims;

namespace ArmsTrace.Core.Time;

/// <summary>
/// Resolves the time expressions of news prose against the publication date: "on August 4",
/// "in October", "in November 2022", "on Friday", "since 2019", "in 2018", "last month".
/// </summary>
internal static class TimeExpressionResolver
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Looks at words[i..] for a time expression; returns it and how many words it used.</summary>
    public static (ClaimTime? Time, int Length) Resolve(IReadOnlyList<string> words, int i, PartialDate? published)
    {
        var w = words[i].ToLowerInvariant();
        var since = w == "since";
        var start = since || w is "in" or "on" or "by" or "until" or "last" ? i + 1 : i;
        if (start >= words.Count)
        {
            return (null, 0);
        }

        var head = words[start].ToLowerInvariant().TrimEnd('.');
        if (w == "last" && head is "month" or "year" or "week" && published is { } p0)
        {
            var d = head == "month" ? PartialDate.OfMonth(p0.Start.AddMonths(-1).Year, p0.Start.AddMonths(-1).Month) : PartialDate.OfYear(p0.Year - 1);
            return (Make($"last {head}", d, false), 2);
        }

        var month = Array.FindIndex(Months, m => m == head || (head.Length >= 3 && m.StartsWith(head, StringComparison.Ordinal) && head != "may" && head.Length == 3));
        if (month >= 0 && (head != "may" || start > i))
        {
            var used = start + 1;
            int? day = null;
            int? year = null;
            if (used < words.Count && int.TryParse(words[used], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                if (n is >= 1 and <= 31)
                {
                    day = n;
                    used++;
                    if (used < words.Count && words[used] == ",")
                    {
                        used++;
                    }
                }
                else if (n is > 1900 and < 2100)
                {
                    year = n;
                    used++;
                }
            }

            if (year is null && used < words.Count && int.TryParse(words[used], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2100)
            {
                year = y;
                used++;
            }

            if (year is null && published is { } p)
            {
                year = month + 1 > p.Month && p.Precision != DatePrecision.Year ? p.Year - 1 : p.Year;
            }

            if (year is null)
            {
                return (null, 0);
            }

            var date = day is { } dd && dd <= DateTime.DaysInMonth(year.Value, month + 1)
                ? PartialDate.OfDay(year.Value, month + 1, dd)
                : PartialDate.OfMonth(year.Value, month + 1);
            return (Make(string.Join(' ', words.Skip(i).Take(used - i)), date, since), used - i);
        }

        if (int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var yr) && yr is > 1900 and < 2100 && start > i)
        {
            return (Make($"{words[i]} {words[start]}", PartialDate.OfYear(yr), since), 2);
        }

        var day2 = Array.IndexOf(Days, head);
        if (day2 >= 0 && published is { Precision: DatePrecision.Day } pub)
        {
            var date = pub.Start;
            while ((int)date.DayOfWeek != day2)
            {
                date = date.AddDays(-1);
            }

            return (Make(string.Join(' ', words.Skip(i).Take(start - i + 1)), PartialDate.OfDay(date.Year, date.Month, date.Day), false), start - i + 1);
        }

        return (null, 0);
    }

    private static ClaimTime Make(string text, PartialDate date, bool since) =>
        new(text, date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), since ? null : date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.Precision.ToString().ToLowerInvariant());
}
