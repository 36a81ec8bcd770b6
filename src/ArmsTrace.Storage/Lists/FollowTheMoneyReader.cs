using System.Text.Json;

namespace ArmsTrace.Storage.Lists;

/// <summary>
/// FollowTheMoney entities, one JSON object a line (id, schema, properties with arrays of strings).
/// Only schemas for things a name can belong to are kept; sanctions, addresses and the like are skipped.
/// </summary>
internal static class FollowTheMoneyReader
{
    public static IReadOnlyList<ListEntry> Parse(string path, string text)
    {
        var entries = new List<ListEntry>();
        var lineNumber = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                if (Read(doc.RootElement, path, lineNumber) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException ex)
            {
                throw new ListImportException($"{path}: line {lineNumber}: not a JSON object: {ex.Message}", ex);
            }
        }

        return entries;
    }

    private static ListEntry? Read(JsonElement root, string path, int line)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ListImportException($"{path}: line {line}: expected a FollowTheMoney entity object.");
        }

        var schema = root.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var type = schema switch
        {
            "Person" => "person",
            "Organization" or "Company" or "LegalEntity" or "PublicBody" => "organization",
            "Vessel" => "vessel",
            "Airplane" => "aircraft",
            null => throw new ListImportException($"{path}: line {line}: the entity has no \"schema\"."),
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ListImportException($"{path}: line {line}: the entity has no \"id\".");
        }

        if (!root.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object)
        {
            throw new ListImportException($"{path}: line {line}: entity {id} has no \"properties\" object.");
        }

        var names = Values(props, "name");
        if (names.Count == 0)
        {
            throw new ListImportException($"{path}: line {line}: entity {id} has no \"name\" property.");
        }

        var aliases = names.Skip(1).Concat(Values(props, "alias")).Concat(Values(props, "previousName")).Distinct(StringComparer.Ordinal).ToList();
        var country = Values(props, "nationality").Concat(Values(props, "country")).Concat(Values(props, "jurisdiction")).FirstOrDefault();
        var birth = Values(props, "birthDate").FirstOrDefault();
        var programs = Values(props, "program").Concat(Values(props, "topics")).ToList();
        return new ListEntry("ftm", id, names[0], aliases, type, country, ListDates.Normalize(birth), programs);
    }

    private static List<string> Values(JsonElement props, string name) =>
        props.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()).Where(t => t.Length > 0)]
            : [];
}
