using System.Buffers;
using System.Globalization;
using System.Text;

namespace ArmsTrace.Cli.Commands;

/// <summary>
/// Makes text from files (paths, names, keys) safe to print: a file name can hold escape sequences that clear or
/// recolour the terminal, or bidirectional overrides that make "txt.exe" read as "exe.txt".
/// </summary>
internal static class TerminalText
{
    /// <summary>
    /// Evidence as a reader sees it, safe to print: stored evidence is the exact slice of the document,
    /// so a web page's sentence still holds its character references ("&amp;#34;") until shown.
    /// </summary>
    public static string Evidence(string stored) => Escape(System.Net.WebUtility.HtmlDecode(stored));

    // Printable ASCII, the common case, is recognised in one vectorised pass.
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(
        Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).ToArray());

    /// <summary>
    /// The text with C0 and C1 controls, DEL, bidirectional controls, line and paragraph separators and lone
    /// surrogates written as \xNN or \uNNNN; everything else, backslashes included, unchanged.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyExcept(PrintableAscii))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (NeedsEscape(c) && c < 0x80)
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            }
            else if (NeedsEscape(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
