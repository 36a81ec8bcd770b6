using System.Globalization;
using System.Text.Json;
using ArmsTrace.Core.Documents;

namespace ArmsTrace.Cli.Loading;

/// <summary>
/// Reads a .jsonl file of documents, one JSON object per line. Each line stands alone: a bad line fails
/// with its line number and the others still load.
/// </summary>
internal static class JsonlReader
{
    /// <param name="path">The file, as it should appear in results.</param>
    /// <param name="fileKey">The file's own key; a line without a 'key' is keyed "fileKey#line".</param>
    /// <param name="text">The decoded file.</param>
    /// <param name="fileEntry">
    /// The folder index's entry for the whole file: its outlet and published date are defaults that a line's
    /// own fields replace; its title and url describe no single line, so they are not used.
    /// </param>
    public static IEnumerable<LoadResult> Read(string path, string fileKey, string text, IndexEntry? fileEntry, LoadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(fileKey);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        return ReadLines(path, fileKey, text, fileEntry, options);
    }

    private static IEnumerable<LoadResult> ReadLines(string path, string fileKey, string text, IndexEntry? fileEntry, LoadOptions options)
    {
        using var reader = new StringReader(text);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ReadLine(path, fileKey, lineNumber, line, fileEntry, options);
            }
        }
    }

    private static LoadResult ReadLine(string path, string fileKey, int lineNumber, string line, IndexEntry? fileEntry, LoadOptions options)
    {
        // Stated plainly instead of as the JSON parser's complaint about an invalid character.
        if (line.Contains('\0'))
        {
            return new LoadFailure(path, "contains NUL bytes (binary data)", lineNumber);
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return new LoadFailure(path, $"is not valid JSON: {ex.Message}", lineNumber);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new LoadFailure(path, $"must be a JSON object, not {JsonFields.Describe(root.ValueKind)}", lineNumber);
            }

            if (!root.TryGetProperty("text", out var textField) || textField.ValueKind == JsonValueKind.Null)
            {
                return new LoadFailure(path, "has no 'text'", lineNumber);
            }

            if (textField.ValueKind != JsonValueKind.String)
            {
                return new LoadFailure(path, $"field 'text' must be a string, not {JsonFields.Describe(textField.ValueKind)}", lineNumber);
            }

            if (!JsonFields.TryGetString(textField, "text", out var text, out var textProblem))
            {
                return new LoadFailure(path, textProblem, lineNumber);
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return new LoadFailure(path, "has an empty 'text'", lineNumber);
            }

            if (!JsonFields.TryReadOptionalString(root, "key", out var key, out var problem)
                || !JsonFields.TryReadOptionalString(root, "title", out var title, out problem)
                || !JsonFields.TryReadOptionalString(root, "url", out var url, out problem)
                || !JsonFields.TryReadOptionalString(root, "outlet", out var outlet, out problem)
                || !JsonFields.TryReadOptionalDate(root, "published", out var published, out problem))
            {
                return new LoadFailure(path, problem, lineNumber);
            }

            var metadata = new DocumentMetadata(
                key ?? string.Create(CultureInfo.InvariantCulture, $"{fileKey}#{lineNumber}"),
                title,
                url,
                outlet ?? fileEntry?.Outlet,
                published ?? fileEntry?.Published);
            return new LoadedDocument(path, new SourceDocument(text, options.ApplyOverrides(metadata)));
        }
    }
}
