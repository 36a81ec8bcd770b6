using System.Globalization;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Reading.Html;

namespace ArmsTrace.Cli.Loading;

/// <summary>
/// Reads documents from files and folders (see <see cref="LoadOptions"/> for what is read and how).
/// Results are streamed one file at a time so callers can show progress, and bad data never throws:
/// every unreadable, empty, binary, oversized or malformed input becomes a <see cref="LoadFailure"/>
/// and the batch goes on.
/// </summary>
internal sealed class DocumentLoader
{
    /// <param name="paths">Files and folders, loaded in the order given.</param>
    /// <exception cref="ArgumentException">A path is null or blank, or the options are invalid.</exception>
    public IEnumerable<LoadResult> Load(IReadOnlyList<string> paths, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        for (var i = 0; i < paths.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(paths[i]))
            {
                throw new ArgumentException($"paths[{i}] is null or blank.", nameof(paths));
            }
        }

        options.Validate();

        // Copied so that changes the caller makes to the list while results stream in do not leak into the run.
        return LoadAll([.. paths], options);
    }

    private static IEnumerable<LoadResult> LoadAll(string[] paths, LoadOptions options)
    {
        foreach (var path in paths)
        {
            var (attributes, failure) = Probe(path);
            if (failure is not null)
            {
                yield return failure;
                continue;
            }

            var results = attributes!.Value.HasFlag(FileAttributes.Directory)
                ? LoadFolder(path, keyPrefix: string.Empty, new Dictionary<string, IndexEntry>(StringComparer.Ordinal), options)
                : LoadNamedFile(path, options);
            foreach (var result in results)
            {
                yield return result;
            }
        }
    }

    private static (FileAttributes? Attributes, LoadFailure? Failure) Probe(string path)
    {
        try
        {
            return (File.GetAttributes(path), null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, new LoadFailure(path, "does not exist"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, new LoadFailure(path, $"cannot be read: {ex.Message}"));
        }
    }

    private static IEnumerable<LoadResult> LoadNamedFile(string path, LoadOptions options)
    {
        var format = LoadOptions.FormatOf(path);
        if (format is null)
        {
            return [Unsupported(path)];
        }

        if (IsIndexFile(path))
        {
            return [new LoadFailure(path, "is a folder index (metadata, not documents); give its folder instead")];
        }

        return LoadFile(path, Path.GetFileName(path), format.Value, entry: null, options);
    }

    /// <param name="keyPrefix">
    /// The folder's path below the folder the user named, with '/' after each part: keys must tell
    /// a/report.txt from b/report.txt, and come out the same on every run.
    /// </param>
    private static IEnumerable<LoadResult> LoadFolder(
        string folder,
        string keyPrefix,
        IReadOnlyDictionary<string, IndexEntry> inherited,
        LoadOptions options)
    {
        var (entries, failure) = List(folder);
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        var index = inherited;
        var indexFile = entries!.FirstOrDefault(entry => entry is FileInfo && IsIndexFile(entry.Name));
        if (indexFile is not null)
        {
            var folderIndex = FolderIndex.Read(Path.Join(folder, indexFile.Name), options.MaxFileBytes);
            foreach (var problem in folderIndex.Problems)
            {
                yield return problem;
            }

            var merged = new Dictionary<string, IndexEntry>(inherited, StringComparer.Ordinal);
            foreach (var (target, entry) in folderIndex.Entries)
            {
                merged[target] = entry;
            }

            index = merged;
        }

        var undecodable = entries!.Any(IsUndecodable) ? UndecodableNames.In(folder) : null;
        string? previousUndecodable = null;
        foreach (var entry in entries!)
        {
            var path = Path.Join(folder, entry.Name);
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            // Checked before the hidden flag: .NET cannot look such a file up, so it reports every flag on it, Hidden too.
            if (IsUndecodable(entry))
            {
                // Names that differ only in their bad bytes all come out of .NET the same, next to one another.
                if (entry.Name != previousUndecodable)
                {
                    foreach (var result in ReportUndecodable(folder, entry, undecodable!))
                    {
                        yield return result;
                    }
                }

                previousUndecodable = entry.Name;
                continue;
            }

            if (entry.Attributes.HasFlag(FileAttributes.Hidden))
            {
                continue;
            }

            if (entry is DirectoryInfo)
            {
                // Following folder links could loop forever (a link to an ancestor), so they are reported instead.
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    yield return new LoadFailure(path, "is a link to a folder; not followed", severity: LoadSeverity.Warning);
                    continue;
                }

                foreach (var result in LoadFolder(path, keyPrefix + entry.Name + "/", index, options))
                {
                    yield return result;
                }

                continue;
            }

            if (IsIndexFile(entry.Name))
            {
                continue;
            }

            if (LoadOptions.FormatOf(entry.Name) is not { } format)
            {
                yield return Unsupported(path);
                continue;
            }

            foreach (var result in LoadFile(path, keyPrefix + entry.Name, format, index.GetValueOrDefault(entry.FullName), options))
            {
                yield return result;
            }
        }
    }

    /// <summary>A file of a type ArmsTrace cannot read (a PDF, a Word file): skipped, but said, so nobody thinks it was read.</summary>
    private static LoadFailure Unsupported(string path)
    {
        var extension = Path.GetExtension(path);
        var described = extension.Length == 0 ? "(no extension)" : $"'{extension}'";
        return new LoadFailure(
            path,
            $"unsupported file type {described}; skipped (expected {string.Join(", ", LoadOptions.DocumentExtensions)})",
            severity: LoadSeverity.Warning);
    }

    // Folders and document files are reported; other files would have been skipped for their extension anyway.
    private static IEnumerable<LoadFailure> ReportUndecodable(
        string folder,
        FileSystemInfo entry,
        ILookup<string, (string Escaped, bool IsFolder)> undecodable)
    {
        var names = undecodable.Contains(entry.Name) ? undecodable[entry.Name] : [(entry.Name, entry is DirectoryInfo)];
        return names
            .Where(name => name.IsFolder || LoadOptions.FormatOf(name.Escaped) is not null)
            .Select(name => new LoadFailure(
                Path.Join(folder, name.Escaped),
                "has a name that is not valid UTF-8 (bad bytes shown as \\xNN); rename it to load it"));
    }

    private static (FileSystemInfo[]? Entries, LoadFailure? Failure) List(string folder)
    {
        try
        {
            var entries = new DirectoryInfo(folder).GetFileSystemInfos();
            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return (entries, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new LoadFailure(folder, $"cannot be read: {ex.Message}"));
        }
    }

    /// <param name="key">The document's key: see <see cref="LoadOptions"/>.</param>
    private static IEnumerable<LoadResult> LoadFile(string path, string key, DocumentFormat format, IndexEntry? entry, LoadOptions options)
    {
        var (bytes, problem) = FileReader.Read(path, options.MaxFileBytes);
        if (problem is not null)
        {
            return [new LoadFailure(path, problem)];
        }

        if (bytes!.Length == 0)
        {
            return [new LoadFailure(path, "is empty (0 bytes)")];
        }

        var binary = format == DocumentFormat.JsonLines ? BinarySniffer.DescribeLines(bytes) : BinarySniffer.Describe(bytes);
        if (binary is not null)
        {
            return [new LoadFailure(path, $"looks like a binary file ({binary})")];
        }

        var decoded = TextDecoder.Decode(bytes, honourHtmlMeta: format == DocumentFormat.Html);
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return [new LoadFailure(path, "is empty (only whitespace)")];
        }

        switch (format)
        {
            case DocumentFormat.Text:
                var metadata = new DocumentMetadata(key, entry?.Title, entry?.Url, entry?.Outlet, entry?.Published);
                return [new LoadedDocument(path, new SourceDocument(decoded.Text, options.ApplyOverrides(metadata)), decoded.Warnings)];

            case DocumentFormat.Html:
                return [LoadHtml(path, key, decoded, entry, options)];

            case DocumentFormat.JsonLines:
                // A decoding problem belongs to the whole file, not to each of its documents.
                var warnings = decoded.Warnings.Select(warning => new LoadFailure(path, warning, severity: LoadSeverity.Warning));
                return warnings.Concat(JsonlReader.Read(path, key, decoded.Text, entry, options));

            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown document format.");
        }
    }

    private static LoadResult LoadHtml(string path, string key, DecodedText decoded, IndexEntry? entry, LoadOptions options)
    {
        var reading = HtmlPageReader.Read(decoded.Text, options.MaxHtmlDepth, options.MaxHtmlParseTime);
        if (reading.Article is not { } article)
        {
            return new LoadFailure(path, reading.Problem switch
            {
                HtmlProblem.TooDeep => string.Create(
                    CultureInfo.InvariantCulture,
                    $"nests elements deeper than {options.MaxHtmlDepth} levels (the limit for HTML, LoadOptions.MaxHtmlDepth); not parsed"),
                HtmlProblem.TooSlow => string.Create(
                    CultureInfo.InvariantCulture,
                    $"took longer than {options.MaxHtmlParseTime.TotalSeconds:0.###} s to parse (the limit for HTML, LoadOptions.MaxHtmlParseTime); abandoned"),
                _ => "has no article text in its HTML",
            });
        }

        // The index is curated by whoever collected the pages, so it outranks what the page says about itself.
        var metadata = new DocumentMetadata(
            key,
            entry?.Title ?? article.Title,
            entry?.Url ?? article.Url,
            entry?.Outlet ?? article.Outlet,
            entry?.Published ?? article.Published);
        return new LoadedDocument(path, new SourceDocument(article.ToText(), options.ApplyOverrides(metadata)), decoded.Warnings);
    }

    internal static bool IsIndexFile(string path) =>
        Path.GetFileName(path).Equals(LoadOptions.IndexFileName, StringComparison.OrdinalIgnoreCase);

    // .NET gives a name that is not valid UTF-8 with U+FFFD for the bad bytes, and by that name nothing exists.
    private static bool IsUndecodable(FileSystemInfo entry) => entry.Name.Contains('\uFFFD', StringComparison.Ordinal) && !entry.Exists;
}
