using System.Globalization;

namespace ArmsTrace.Cli.Loading;

/// <summary>
/// Reads whole files for the loader: through links to their final target, never opening what is not a regular
/// file, and refusing files over the size limit without reading them.
/// </summary>
internal static class FileReader
{
    private const double BytesPerMegabyte = 1024 * 1024;

    /// <returns>The file's bytes, or else a problem phrased to follow the path ("is a socket, ...").</returns>
    public static (byte[]? Bytes, string? Problem) Read(string path, long maxBytes)
    {
        try
        {
            var file = new FileInfo(path);

            // A link's own FileInfo describes the link: its Length is that of the target's name, not of the file.
            if (file.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                if (!Path.Exists(target.FullName))
                {
                    return (null, $"is a link to '{target.FullName}', which does not exist");
                }

                file = new FileInfo(target.FullName);
            }

            if (SpecialFile.Describe(file.FullName) is { } kind)
            {
                return (null, $"is {kind}, not a regular file; not read");
            }

            // Checked before opening so an oversized file costs nothing to refuse.
            var length = file.Length;
            if (length > maxBytes)
            {
                return (null, TooLargeMessage(length, maxBytes));
            }

            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);

            // Reads at most the size seen above, so a file growing meanwhile cannot get past the limit.
            var bytes = new byte[length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            return (read == bytes.Length ? bytes : bytes[..read], null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {ex.Message}");
        }
    }

    private static string TooLargeMessage(long length, long limit) => string.Create(
        CultureInfo.InvariantCulture,
        $"is {FormatSize(length, "0.0")}; the limit is {FormatSize(limit, "0.#")} (LoadOptions.MaxFileBytes / --max-size)");

    private static string FormatSize(long bytes, string format)
    {
        if (bytes >= BytesPerMegabyte)
        {
            return (bytes / BytesPerMegabyte).ToString(format, CultureInfo.InvariantCulture) + " MB";
        }

        return bytes >= 1024
            ? (bytes / 1024.0).ToString(format, CultureInfo.InvariantCulture) + " KB"
            : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
    }
}
