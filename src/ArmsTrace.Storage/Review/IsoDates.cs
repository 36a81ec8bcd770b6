using System.Globalization;

namespace ArmsTrace.Storage.Review;

/// <summary>Dates as claims store them: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date.</summary>
internal static class IsoDates
{
    private static readonly string[] Formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    /// <exception cref="StoreException">The text is not such a date.</exception>
    public static string Check(string text)
    {
        var t = text.Trim();
        return DateTime.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? t
            : throw new StoreException($"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.");
    }
}
