namespace ArmsTrace.Cli.Loading;

/// <summary>
/// About how many documents the paths hold, counted before loading starts so progress can show a
/// total, a rate and the time left: one per document file, one per non-blank line of a .jsonl file.
/// Unreadable entries count nothing; the loader reports them when it reaches them.
/// </summary>
internal static class DocumentCount
{
    public static int Estimate(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var total = 0;
        foreach (var path in paths)
        {
            try
            {
                total += Directory.Exists(path) ? InFolder(path) : File.Exists(path) ? InFile(path) : 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Counted as nothing: the loader names the problem when it gets there.
            }
        }

        return total;
    }

    private static int InFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
        // Dot-named files and folders below the one given are skipped, as the loader skips them; the given folder's own path may hold dots.
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Sum(InFile);
    }

    private static int InFile(string path)
    {
        var format = LoadOptions.FormatOf(path);
        if (format is null || DocumentLoader.IsIndexFile(path))
        {
            return 0;
        }

        return format == DocumentFormat.JsonLines ? File.ReadLines(path).Count(l => !string.IsNullOrWhiteSpace(l)) : 1;
    }
}
