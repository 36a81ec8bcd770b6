using System.Globalization;

namespace ArmsTrace.Storage.Exports;

/// <summary>Numbers as the text formats write them: culture-free, and nothing for a missing value.</summary>
internal static class InvariantText
{
    public static string? Of<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture);

    public static string Of<T>(T value)
        where T : struct, IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
