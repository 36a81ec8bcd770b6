using System.Text.Json;

namespace ArmsTrace.Storage.Exports.Stix;

/// <summary>The properties every STIX object shares, and small writing helpers.</summary>
internal static class StixJson
{
    /// <summary>Entities and the extension definitions carry no date of their own; a fixed one keeps re-exports identical.</summary>
    public const string Epoch = "2024-01-01T00:00:00.000Z";

    public static void Common(Utf8JsonWriter json, string type, string id, string created, string modified)
    {
        json.WriteString("type", type);
        json.WriteString("spec_version", "2.1");
        json.WriteString("id", id);
        json.WriteString("created", created);
        json.WriteString("modified", modified);
    }

    public static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    public static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
