using System.Text.Json;

namespace ArmsTrace.Storage.Exports.Stix;

/// <summary>A claim as a relationship (or a note), and a document as the report that gathers its claims.</summary>
internal static class StixClaims
{
    /// <summary>
    /// A claim with an object or item is a relationship; one with neither ("GRI makes drone engines")
    /// is a note on its subject, so no tool reads it as a link from the subject to itself.
    /// </summary>
    public static string Write(Utf8JsonWriter json, StoredClaim c, Dictionary<string, string> ids)
    {
        var target = c.ObjectKey ?? c.ItemKey;
        var type = target is null ? "note" : "relationship";
        var id = StixIds.Of(type, "claim:" + ClaimKey.Of(c));
        var recorded = StixTime.Instant(c.RecordedAt) ?? StixJson.Epoch;
        json.WriteStartObject();
        StixJson.Common(json, type, id, recorded, recorded);
        json.WriteString("created_by_ref", StixIds.Producer);
        if (target is null)
        {
            json.WriteString("abstract", $"{c.SubjectName} {StixVocabulary.RelationshipType(c.Type)} ({c.Stance})");
            json.WriteString("content", c.EvidenceText);
            StixJson.Strings(json, "object_refs", [ids[c.SubjectKey]]);
        }
        else
        {
            json.WriteString("relationship_type", StixVocabulary.RelationshipType(c.Type));
            json.WriteString("source_ref", ids[c.SubjectKey]);
            json.WriteString("target_ref", ids[target]);
            json.WriteString("description", c.EvidenceText);
            if (StixTime.Start(c.TimeFrom) is { } start)
            {
                json.WriteString("start_time", start);
                if (StixTime.End(c.TimeTo ?? c.TimeFrom) is { } stop)
                {
                    json.WriteString("stop_time", stop);
                }
            }
        }

        json.WriteNumber("confidence", StixVocabulary.Confidence(c.Stance));
        WriteSourceReference(json, c);
        json.WriteStartObject("extensions");
        json.WriteStartObject(StixIds.ClaimExtension);
        json.WriteString("extension_type", "property-extension");
        json.WriteString("claim_type", c.Type);
        json.WriteString("stance", c.Stance);
        StixJson.Optional(json, "asserted_by", c.SourceName);
        StixJson.Optional(json, "asserted_by_ref", c.SourceKey is null ? null : ids[c.SourceKey]);
        json.WriteString("evidence", c.EvidenceText);
        json.WriteNumber("evidence_start", c.EvidenceStart);
        json.WriteNumber("evidence_end", c.EvidenceEnd);
        json.WriteString("document_key", c.DocumentKey);
        json.WriteNumber("document_version", c.DocumentVersion);
        StixJson.Optional(json, "document_title", c.DocumentTitle);
        StixJson.Optional(json, "document_url", c.DocumentUrl);
        StixJson.Optional(json, "publisher", c.Outlet);
        StixJson.Optional(json, "published", c.Published);
        StixJson.Optional(json, "item", c.ItemName);
        StixJson.Optional(json, "item_ref", c.ItemKey is null ? null : ids[c.ItemKey]);
        if (c.QuantityValue is { } q)
        {
            json.WriteNumber("quantity", q);
        }

        StixJson.Optional(json, "quantity_unit", c.QuantityUnit);
        StixJson.Optional(json, "quantity_text", c.QuantityText);
        StixJson.Optional(json, "time_text", c.TimeText);
        json.WriteString("extractor", c.Extractor);
        json.WriteString("extractor_version", c.ExtractorVersion);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        return id;
    }

    public static void WriteReport(Utf8JsonWriter json, StoredClaim document, List<string> refs)
    {
        var recorded = StixTime.Instant(document.RecordedAt) ?? StixJson.Epoch;
        json.WriteStartObject();
        StixJson.Common(json, "report", StixIds.Of("report", "document:" + document.DocumentKey), recorded, recorded);
        json.WriteString("created_by_ref", StixIds.Producer);
        json.WriteString("name", string.IsNullOrWhiteSpace(document.DocumentTitle) ? document.DocumentKey : document.DocumentTitle);
        json.WriteString("published", StixTime.Start(document.Published) ?? recorded);
        StixJson.Strings(json, "report_types", ["threat-report"]);
        StixJson.Strings(json, "object_refs", [.. refs.Distinct(StringComparer.Ordinal)]);
        WriteSourceReference(json, document);
        json.WriteEndObject();
    }

    /// <summary>The source document as an external reference: publisher as the source name, the url, our document key as its id.</summary>
    private static void WriteSourceReference(Utf8JsonWriter json, StoredClaim c)
    {
        json.WriteStartArray("external_references");
        json.WriteStartObject();
        json.WriteString("source_name", string.IsNullOrWhiteSpace(c.Outlet) ? "ArmsTrace document" : c.Outlet);
        if (Uri.TryCreate(c.DocumentUrl, UriKind.Absolute, out _))
        {
            json.WriteString("url", c.DocumentUrl);
        }

        json.WriteString("external_id", c.DocumentKey);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
