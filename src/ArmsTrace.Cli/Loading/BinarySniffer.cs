using System.Globalization;
using System.Text;

namespace ArmsTrace.Cli.Loading;

/// <summary>
/// Recognises files that are not text, so they fail with a reason instead of loading as garbage. The whole file is
/// looked at: binary data appended after a stretch of text must not slip through.
/// </summary>
internal static class BinarySniffer
{
    // Controls are counted per window, so that a binary tail is caught however long the text before it, while a
    // few stray controls spread through a long text never add up to a refusal.
    private const int WindowBytes = 8 * 1024;

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
    public static string? Describe(ReadOnlySpan<byte> bytes) => Describe(bytes, nulIsBinary: true);

    /// <summary>
    /// As <see cref="Describe"/>, for a file of independent lines (.jsonl): a NUL spoils only the line it is on,
    /// which the line reader reports alone, so here it counts as one more control character.
    /// </summary>
    public static string? DescribeLines(ReadOnlySpan<byte> bytes) => Describe(bytes, nulIsBinary: false);

    private static string? Describe(ReadOnlySpan<byte> bytes, bool nulIsBinary)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return kind;
            }
        }

        // UTF-16 text is full of NUL bytes, so it is judged on its code units instead.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DescribeUnits(bytes[2..], 2, 2, Encoding.Unicode, nulIsBinary);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DescribeUnits(bytes[2..], 2, 2, Encoding.BigEndianUnicode, nulIsBinary);
        }

        // Latin-1 maps each byte to one char, so C0 controls are counted exactly whatever the real encoding.
        return DescribeUnits(bytes, 0, 1, Encoding.Latin1, nulIsBinary);
    }

    /// <param name="offset">Where <paramref name="bytes"/> start in the file, for the message.</param>
    private static string? DescribeUnits(ReadOnlySpan<byte> bytes, int offset, int unitBytes, Encoding encoding, bool nulIsBinary)
    {
        var usable = bytes.Length - (bytes.Length % unitBytes);
        var windowBytes = Math.Min(WindowBytes, usable);
        if (windowBytes == 0)
        {
            return null;
        }

        // Decoded a window at a time so that a 20 MB file never costs a 40 MB string.
        Span<char> window = stackalloc char[WindowBytes];
        for (var start = 0; start < usable; start += windowBytes)
        {
            // The last window ends at the end of the file, so that every window is full and a short tail is not
            // judged on a handful of characters.
            var from = Math.Min(start, usable - windowBytes);
            var chars = window[..encoding.GetChars(bytes.Slice(from, windowBytes), window)];
            if (nulIsBinary && chars.Contains('\0'))
            {
                return "contains NUL bytes";
            }

            var controls = 0;
            foreach (var c in chars)
            {
                if (IsSuspectControl(c))
                {
                    controls++;
                }
            }

            var share = (double)controls / chars.Length;
            if (share > MaxControlShare)
            {
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{share:P0} control characters in bytes {offset + from}-{offset + from + windowBytes}");
            }
        }

        return null;
    }

    // Whitespace controls, SUB (old DOS end-of-file) and ESC (terminal colours in logs) turn up in real text.
    private static bool IsSuspectControl(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\v' or '\f' or '\r' or '\u001A' or '\u001B')) || c == '\u007F';
}
