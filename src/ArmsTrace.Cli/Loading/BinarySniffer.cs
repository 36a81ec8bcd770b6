using System.Globalization;
using System.Text;

namespace ArmsTrace.Cli.Loading;

/// <summary>Recognises files that are not text, so they fail with a reason instead of loading as garbage.</summary>
internal static class BinarySniffer
{
    private const int SniffBytes = 8 * 1024;

    // Real text has almost no C0 controls besides whitespace; a tenth of them is far past any text editor's output.
    private const double MaxControlShare = 0.10;

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF87a"u8.ToArray(), "GIF image"),
        ("GIF89a"u8.ToArray(), "GIF image"),
        ("%PDF-"u8.ToArray(), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
        ([0x50, 0x4B, 0x07, 0x08], "ZIP archive"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
        ([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07], "RAR archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Microsoft Office document"),
        ("SQLite format 3\0"u8.ToArray(), "SQLite database"),
    ];

    /// <summary>Why the bytes look binary ("PNG image", "contains NUL bytes"), or null when they look like text.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return kind;
            }
        }

        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];

        // UTF-16 text is full of NUL bytes, so it is judged on its characters instead.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DescribeChars(Encoding.Unicode.GetString(head[2..]));
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DescribeChars(Encoding.BigEndianUnicode.GetString(head[2..]));
        }

        // Latin-1 maps each byte to one char, so C0 controls are counted exactly whatever the real encoding.
        return DescribeChars(Encoding.Latin1.GetString(head));
    }

    private static string? DescribeChars(string head)
    {
        if (head.Length == 0)
        {
            return null;
        }

        var controls = 0;
        foreach (var c in head)
        {
            if (c == '\0')
            {
                return "contains NUL bytes";
            }

            if (IsSuspectControl(c))
            {
                controls++;
            }
        }

        var share = (double)controls / head.Length;
        return share > MaxControlShare
            ? string.Create(CultureInfo.InvariantCulture, $"{share:P0} control characters in the first 8 KB")
            : null;
    }

    // Whitespace controls, SUB (old DOS end-of-file) and ESC (terminal colours in logs) turn up in real text.
    private static bool IsSuspectControl(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\v' or '\f' or '\r' or '\u001A' or '\u001B')) || c == '\u007F';
}
