using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ArmsTrace.Storage.Exports.FollowTheMoney;

/// <summary>
/// FollowTheMoney entities as JSON lines: people, organisations, public bodies for countries,
/// addresses for places, assets for weapons; then one interval entity per claim (Sanction,
/// Employment, Membership, or UnknownLink with the claim's role), each holding the evidence sentence,
/// source url, publisher, date, stance and asserting party.
/// </summary>
internal sealed class FtmWriter : IExportWriter
{
    private const int FlushEvery = 256;

    public void Write(ExportData data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        var options = new JsonWriterOptions { Indented = false };
        var schemas = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var written = 0;
        using var json = new Utf8JsonWriter(output, options);
        foreach (var e in data.Entities)
        {
            var schema = FtmVocabulary.EntitySchema(e.Type);
            schemas[e.Key] = schema;
            names[e.Key] = e.Name;
            WriteEntity(json, e, schema);
            EndLine(json, output, ++written);
        }

        foreach (var c in data.Claims)
        {
            WriteClaim(json, c, schemas);
            EndLine(json, output, ++written);
        }

        json.Flush();
    }

    public static string EntityId(string key) => "armstrace-" + ClaimKey.Digest("entity:" + key);

    public static string ClaimId(StoredClaim c) => "armstrace-claim-" + ClaimKey.Digest(ClaimKey.Of(c));

    private static void EndLine(Utf8JsonWriter json, Stream output, int written)
    {
        json.Flush();
        output.WriteByte((byte)'\n');
        json.Reset(output);
        if (written % FlushEvery == 0)
        {
            output.Flush();
        }
    }

    private static void WriteEntity(Utf8JsonWriter json, ExportEntity e, string schema)
    {
        var p = new FtmProperties();
        p.Add("name", e.Name);
        foreach (var alias in e.Aliases)
        {
            p.Add("alias", alias);
        }

        switch (schema)
        {
            case "Person":
                p.Add("nationality", e.CountryCode);
                break;
            case "PublicBody":
                p.Add("jurisdiction", e.CountryCode);
                p.Add("country", e.CountryCode);
                break;
            case "Address":
                p.Add("full", e.Name);
                p.Add("country", e.CountryCode);
                p.Add("latitude", Number(e.Latitude));
                p.Add("longitude", Number(e.Longitude));
                break;
            default:
                p.Add("country", e.CountryCode);
                break;
        }

        p.Add("notes", $"ArmsTrace entity {e.Key} ({e.Type}), in {e.Claims.ToString(CultureInfo.InvariantCulture)} exported claims");
        Entity(json, EntityId(e.Key), schema, p);
    }

    private static void WriteClaim(Utf8JsonWriter json, StoredClaim c, Dictionary<string, string> schemas)
    {
        var target = c.ObjectKey ?? c.ItemKey;
        var subjectSchema = schemas[c.SubjectKey];
        var targetSchema = target is null ? string.Empty : schemas[target];
        var p = new FtmProperties();
        string schema;
        if (target is null)
        {
            // Nothing to link to ("GRI makes drone engines"): a note on the subject, not a link to itself.
            schema = "Note";
            p.Add("name", Summary(c));
            p.Add("entity", EntityId(c.SubjectKey));
        }
        else if (c.Type == "sanction")
        {
            schema = "Sanction";
            p.Add("entity", EntityId(target));
            p.Add("authority", c.SubjectName);
            p.Add("status", c.Stance);
        }
        else if (c.Type == "role" && subjectSchema == "Person" && FtmVocabulary.IsOrganization(targetSchema))
        {
            schema = "Employment";
            p.Add("employee", EntityId(c.SubjectKey));
            p.Add("employer", EntityId(target));
        }
        else if (c.Type is "role" or "part_of" && FtmVocabulary.IsLegalEntity(subjectSchema) && FtmVocabulary.IsOrganization(targetSchema))
        {
            schema = "Membership";
            p.Add("member", EntityId(c.SubjectKey));
            p.Add("organization", EntityId(target));
        }
        else
        {
            schema = "UnknownLink";
            p.Add("subject", EntityId(c.SubjectKey));
            p.Add("object", EntityId(target));
        }

        if (schema is not ("Sanction" or "Note"))
        {
            p.Add("role", FtmVocabulary.Role(c.Type) + (c.ItemName is { } item && c.ObjectKey is not null ? " " + item : string.Empty));
            p.Add("status", c.Stance);
        }

        p.Add("summary", Summary(c));
        p.Add("description", c.EvidenceText);
        p.Add("sourceUrl", Uri.TryCreate(c.DocumentUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? c.DocumentUrl : null);
        p.Add("publisher", c.Outlet);
        if (schema == "Note")
        {
            // A note is a thing, not an interval: it has no dates of its own, so they go in its notes.
            p.Add("notes", $"published {c.Published ?? "undated"}; holds {c.TimeFrom ?? "?"} to {c.TimeTo ?? "?"}; record {ClaimKey.Of(c)}");
        }
        else
        {
            p.Add("date", c.Published);
            p.Add("startDate", c.TimeFrom);
            p.Add("endDate", c.TimeTo);
            p.Add("recordId", ClaimKey.Of(c));
        }
        Entity(json, ClaimId(c), schema, p);
    }

    /// <summary>The claim in one line, with what FollowTheMoney has no property for: stance, asserting party, item and quantity.</summary>
    private static string Summary(StoredClaim c)
    {
        var s = new StringBuilder();
        s.Append(c.SubjectName).Append(' ').Append(FtmVocabulary.Role(c.Type));
        if (c.ObjectName is { } o)
        {
            s.Append(' ').Append(o);
        }

        if (c.ItemName is { } item)
        {
            s.Append(c.ObjectName is null ? " " : ": ");
            if (c.QuantityText is { } q)
            {
                s.Append(q).Append(' ');
            }

            s.Append(item);
        }

        s.Append(" (").Append(c.Stance);
        if (c.SourceName is { } source)
        {
            s.Append(", asserted by ").Append(source);
        }

        if (c.TimeText is { } time)
        {
            s.Append(", ").Append(time);
        }

        s.Append(')');
        return s.ToString();
    }

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void Entity(Utf8JsonWriter json, string id, string schema, FtmProperties properties)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("schema", schema);
        json.WriteStartObject("properties");
        foreach (var (name, values) in properties.All)
        {
            json.WriteStartArray(name);
            foreach (var v in values)
            {
                json.WriteStringValue(v);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
