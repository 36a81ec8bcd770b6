using ArmsTrace.Core.Time;

namespace ArmsTrace.Storage.Review;

/// <summary>Dates as claims store them: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date.</summary>
internal static class IsoDates
{
    /// <exception cref="StoreException">The text is not such a date.</exception>
    public static string Check(string text) =>
        PartialDate.ParseExact(text)?.ToString() ?? throw new StoreException($"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.");
}
