using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ArmsTrace.Cli.Loading;

/// <summary>
/// Turns file bytes into text. A byte order mark wins; then, for HTML, a declared meta charset; otherwise the
/// bytes must be UTF-8, and when they are not they are read as Windows-1252, the usual encoding of older
/// scraped pages, with a warning rather than a failure so the document is still usable.
/// </summary>
internal static partial class TextDecoder
{
    // Browsers look for a meta charset in the first 1024 bytes only; doing the same keeps this cheap.
    private const int MetaPrescanBytes = 1024;

    private static readonly Encoding Windows1252 = CreateWindows1252();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool honourHtmlMeta)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], 3, []);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), []);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), []);
        }

        if (honourHtmlMeta && FindMetaCharset(bytes) is { } declared)
        {
            var encoding = ResolveCharset(declared);
            if (encoding is null)
            {
                return DecodeUtf8(bytes, 0, [$"declares unknown charset '{declared}'; ignored"]);
            }

            if (encoding.CodePage != Encoding.UTF8.CodePage)
            {
                return new DecodedText(encoding.GetString(bytes), []);
            }
        }

        return DecodeUtf8(bytes, 0, []);
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, int offset, IReadOnlyList<string> warnings)
    {
        // UTF-16 never needs more code units than UTF-8 has bytes.
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new DecodedText(new string(chars, 0, charsWritten), warnings);
        }

        return new DecodedText(
            Windows1252.GetString(bytes),
            [.. warnings, $"not valid UTF-8 at byte {offset + bytesRead}; read as Windows-1252"]);
    }

    private static string? FindMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaPrescanBytes)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static Encoding? ResolveCharset(string name)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            // The HTML standard reads these labels as windows-1252, and pages that say them rely on it.
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252":
                return Windows1252;

            // A UTF-16 page could not have had an ASCII-readable meta tag, so the declaration is wrong.
            case "utf-16" or "utf-16le" or "utf-16be":
                return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<name>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
