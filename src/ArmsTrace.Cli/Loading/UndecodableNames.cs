using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Mono.Unix;

namespace ArmsTrace.Cli.Loading;

/// <summary>
/// Names in a folder that are not valid UTF-8. .NET decodes such a name with U+FFFD in place of the bad bytes, and
/// by that name the file does not exist, so it can be neither opened nor told apart from others; reading the
/// folder's raw names is the only way to say which file it is.
/// </summary>
internal static class UndecodableNames
{
    /// <summary>
    /// A folder's undecodable names, by the lossy name .NET gives them, each with its bad bytes written as \xNN.
    /// </summary>
    public static ILookup<string, (string Escaped, bool IsFolder)> In(string folder)
    {
        var names = new List<(string Lossy, string Escaped, bool IsFolder)>();

        // Windows names are UTF-16, so they always decode; Mono.Unix does not run there.
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                foreach (var entry in new UnixDirectoryInfo(folder).GetFileSystemEntries())
                {
                    // Mono.Unix carries bytes that are not UTF-8 through its strings and gives them back here.
                    var raw = UnixEncoding.Instance.GetBytes(entry.Name);
                    if (!Utf8.IsValid(raw))
                    {
                        names.Add((Encoding.UTF8.GetString(raw), Escape(raw), entry.IsDirectory));
                    }
                }
            }
            catch (IOException)
            {
                // The folder changed or vanished since .NET listed it; the caller then reports the lossy names.
            }
        }

        return names.ToLookup(n => n.Lossy, n => (n.Escaped, n.IsFolder), StringComparer.Ordinal);
    }

    private static string Escape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        while (!raw.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(raw, out var rune, out var consumed);
            if (status == OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                foreach (var b in raw[..consumed])
                {
                    text.Append(CultureInfo.InvariantCulture, $"\\x{b:x2}");
                }
            }

            raw = raw[consumed..];
        }

        return text.ToString();
    }
}
