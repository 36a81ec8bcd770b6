using System.Text;
using System.Text.Json;

namespace ArmsTrace.Storage.Exports.FollowTheMoney;

/// <summary>
/// A claim as a FollowTheMoney interval (Sanction, Employment, Membership or UnknownLink), or as a
/// Note when it links to nothing, and the JSON shape every FtM entity shares.
/// </summary>
internal static class FtmClaims
{
    public static void Write(Utf8JsonWriter json, StoredClaim c, Dictionary<string, string> schemas)
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
            p.Add("entity", FtmWriter.EntityId(c.SubjectKey));
        }
        else if (c.Type == "sanction")
        {
            schema = "Sanction";
            p.Add("entity", FtmWriter.EntityId(target));
            p.Add("authority", c.SubjectName);
            p.Add("status", c.Stance);
        }
        else if (c.Type == "role" && subjectSchema == "Person" && FtmVocabulary.IsOrganization(targetSchema))
        {
            schema = "Employment";
            p.Add("employee", FtmWriter.EntityId(c.SubjectKey));
            p.Add("employer", FtmWriter.EntityId(target));
        }
        else if (c.Type is "role" or "part_of" && FtmVocabulary.IsLegalEntity(subjectSchema) && FtmVocabulary.IsOrganization(targetSchema))
        {
            schema = "Membership";
            p.Add("member", FtmWriter.EntityId(c.SubjectKey));
            p.Add("organization", FtmWriter.EntityId(target));
        }
        else
        {
            schema = "UnknownLink";
            p.Add("subject", FtmWriter.EntityId(c.SubjectKey));
            p.Add("object", FtmWriter.EntityId(target));
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
        Entity(json, FtmWriter.ClaimId(c), schema, p);
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

    public static void Entity(Utf8JsonWriter json, string id, string schema, FtmProperties properties)
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
