using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ArmsTrace.Cli.Loading;

/// <summary>
/// A folder's index.jsonl: metadata for the files it names, and the problems met reading it. A bad line
/// costs only that line's metadata; the files themselves still load.
/// </summary>
internal sealed class FolderIndex
{
    private FolderIndex(IReadOnlyDictionary<string, IndexEntry> entries, IReadOnlyList<LoadFailure> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    /// <summary>Entries by the full path of the file they name.</summary>
    public IReadOnlyDictionary<string, IndexEntry> Entries { get; }

    /// <summary>
    /// Why the index could not be read at all, or else how its decoding fell short (warnings), then malformed lines
    /// (errors) and entries that name missing files (warnings), in line order.
    /// </summary>
    public IReadOnlyList<LoadFailure> Problems { get; }

    /// <param name="indexPath">The index file, as it should appear in problems.</param>
    /// <param name="maxBytes">The largest index read; a larger one is a problem and its folder loads without it.</param>
    public static FolderIndex Read(string indexPath, long maxBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var folder = Path.GetDirectoryName(Path.GetFullPath(indexPath))!;
        var entries = new Dictionary<string, IndexEntry>(StringComparer.Ordinal);
        var problems = new List<LoadFailure>();

        var (bytes, unreadable) = FileReader.Read(indexPath, maxBytes);
        if (unreadable is not null)
        {
            problems.Add(new LoadFailure(indexPath, $"{unreadable}; files in this folder load without its metadata"));
            return new FolderIndex(entries, problems);
        }

        var decoded = TextDecoder.Decode(bytes!, honourHtmlMeta: false);
        problems.AddRange(decoded.Warnings.Select(warning => new LoadFailure(indexPath, warning, severity: LoadSeverity.Warning)));
        var lines = decoded.Text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var lineNumber = i + 1;
            if (!TryParse(lines[i], lineNumber, out var entry, out var problem))
            {
                problems.Add(new LoadFailure(indexPath, problem, lineNumber));
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(folder, entry.File));
            if (entries.TryGetValue(target, out var earlier))
            {
                problems.Add(new LoadFailure(
                    indexPath,
                    $"repeats the entry for '{entry.File}' from line {earlier.Line}; this line wins",
                    lineNumber,
                    LoadSeverity.Warning));
            }

            entries[target] = entry;
            if (!File.Exists(target))
            {
                problems.Add(new LoadFailure(indexPath, $"names '{entry.File}', which does not exist", lineNumber, LoadSeverity.Warning));
            }
        }

        return new FolderIndex(entries, problems);
    }

    private static bool TryParse(
        string line,
        int lineNumber,
        [NotNullWhen(true)] out IndexEntry? entry,
        [NotNullWhen(false)] out string? problem)
    {
        entry = null;
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            problem = $"is not valid JSON: {ex.Message}";
            return false;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = $"must be a JSON object, not {JsonFields.Describe(root.ValueKind)}";
                return false;
            }

            if (!JsonFields.TryReadOptionalString(root, "file", out var file, out var fieldProblem)
                || !JsonFields.TryReadOptionalString(root, "title", out var title, out fieldProblem)
                || !JsonFields.TryReadOptionalString(root, "url", out var url, out fieldProblem)
                || !JsonFields.TryReadOptionalString(root, "outlet", out var outlet, out fieldProblem)
                || !JsonFields.TryReadOptionalDate(root, "published", out var published, out fieldProblem))
            {
                problem = fieldProblem;
                return false;
            }

            if (file is null)
            {
                problem = "has no 'file' naming the document it describes";
                return false;
            }

            // No file can have such a name, and .NET refuses to build a path from it.
            if (file.Contains('\0'))
            {
                problem = "field 'file' contains a NUL character";
                return false;
            }

            entry = new IndexEntry(lineNumber, file, title, url, outlet, published);
            problem = null;
            return true;
        }
    }
}
