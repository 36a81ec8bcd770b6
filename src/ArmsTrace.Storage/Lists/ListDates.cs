using System.Globalization;

namespace ArmsTrace.Storage.Lists;

/// <summary>Dates of birth as lists write them ("01 Jan 1957", "1957-01-01", "circa 1957") brought to YYYY[-MM[-DD]].</summary>
internal static class ListDates
{
    private static readonly string[] Formats = ["dd MMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "yyyy-MM-ddK", "yyyy-MM-ddTHH:mm:ss", "MMM yyyy", "yyyy-MM", "yyyy"];

    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        foreach (var prefix in new[] { "circa ", "ca. ", "Circa " })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..];
            }
        }

        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return t;
        }

        foreach (var f in Formats)
        {
            if (DateTime.TryParseExact(t, f, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var d))
            {
                return f switch
                {
                    "MMM yyyy" or "yyyy-MM" => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                };
            }
        }

        return t;
    }
}
