using System.Text.Json;

namespace ArmsTrace.Storage.Exports.Stix;

/// <summary>
/// A STIX 2.1 bundle: identities, threat actors, locations and weapons (a custom object declared by
/// an extension definition) for entities; a relationship per claim carrying stance, asserting
/// party, valid time, confidence and its evidence in the claim extension; a report per document.
/// Written as it is read, so memory holds only entity ids and one document's references.
/// </summary>
internal sealed class StixWriter : IExportWriter
{
    /// <summary>Entities and the extension definitions carry no date of their own; a fixed one keeps re-exports identical.</summary>
    private const string Epoch = "2024-01-01T00:00:00.000Z";
    private const int FlushEvery = 256;

    public void Write(ExportData data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type", "bundle");
        // A bundle is a transient wrapper (STIX 2.1, 8.1): its id is fresh, the objects' ids are stable.
        json.WriteString("id", "bundle--" + Guid.NewGuid());
        json.WriteStartArray("objects");
        WriteProducer(json);
        WriteExtensions(json);

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var written = 0;
        foreach (var e in data.Entities)
        {
            ids[e.Key] = WriteEntity(json, e);
            Flush(json, ++written);
        }

        var document = (StoredClaim?)null;
        var refs = new List<string>();
        foreach (var c in data.Claims)
        {
            if (document is not null && document.DocumentKey != c.DocumentKey)
            {
                WriteReport(json, document, refs);
                refs.Clear();
            }

            document = c;
            var relationship = WriteRelationship(json, c, ids);
            refs.Add(relationship);
            refs.AddRange(new[] { c.SubjectKey, c.ObjectKey, c.ItemKey, c.SourceKey }.OfType<string>().Select(k => ids[k]));
            Flush(json, ++written);
        }

        if (document is not null)
        {
            WriteReport(json, document, refs);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void Flush(Utf8JsonWriter json, int written)
    {
        if (written % FlushEvery == 0)
        {
            json.Flush();
        }
    }

    private static void Common(Utf8JsonWriter json, string type, string id, string created, string modified)
    {
        json.WriteString("type", type);
        json.WriteString("spec_version", "2.1");
        json.WriteString("id", id);
        json.WriteString("created", created);
        json.WriteString("modified", modified);
    }

    private static void WriteProducer(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        Common(json, "identity", StixIds.Producer, Epoch, Epoch);
        json.WriteString("name", "ArmsTrace");
        json.WriteString("identity_class", "system");
        json.WriteString("description", "Claims extracted from open-source reporting, each with the sentence it came from.");
        json.WriteEndObject();
    }

    private static void WriteExtensions(Utf8JsonWriter json)
    {
        Extension(json, StixIds.ClaimExtension, "ArmsTrace claim", "property-extension",
            "A claim's provenance: claim_type, stance, asserted_by(_ref), evidence with evidence_start/evidence_end offsets into the document, document_key/version/title/url, publisher, published, item(_ref), quantity, quantity_unit, quantity_text, time_text, extractor, extractor_version. See docs/exports.md.");
        Extension(json, StixIds.WeaponExtension, "ArmsTrace weapon", "new-sdo",
            "A weapon, weapon family or component named in reporting: type 'weapon' with name and aliases. See docs/exports.md.");
    }

    private static void Extension(Utf8JsonWriter json, string id, string name, string kind, string schema)
    {
        json.WriteStartObject();
        Common(json, "extension-definition", id, Epoch, Epoch);
        json.WriteString("created_by_ref", StixIds.Producer);
        json.WriteString("name", name);
        json.WriteString("schema", schema);
        json.WriteString("version", "1.0");
        json.WriteStartArray("extension_types");
        json.WriteStringValue(kind);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string WriteEntity(Utf8JsonWriter json, ExportEntity e)
    {
        var type = StixVocabulary.ObjectType(e.Type);
        var id = StixIds.Of(type, "entity:" + e.Key);
        json.WriteStartObject();
        Common(json, type, id, Epoch, Epoch);
        json.WriteString("created_by_ref", StixIds.Producer);
        json.WriteString("name", e.Name);
        switch (type)
        {
            case "identity":
                json.WriteString("identity_class", StixVocabulary.IdentityClass(e.Type));
                if (e.Type == "country")
                {
                    WriteStrings(json, "sectors", ["government-national"]);
                }

                break;
            case "location":
                if (e.Latitude is { } lat && e.Longitude is { } lon)
                {
                    json.WriteNumber("latitude", lat);
                    json.WriteNumber("longitude", lon);
                }

                if (e.CountryCode is { } code)
                {
                    json.WriteString("country", code.ToUpperInvariant());
                }
                else if (e.Latitude is null)
                {
                    // A location must give a region, a country or coordinates; this one is known by name only.
                    json.WriteString("region", "unknown");
                }

                break;
            case StixVocabulary.WeaponType:
                json.WriteStartObject("extensions");
                json.WriteStartObject(StixIds.WeaponExtension);
                json.WriteString("extension_type", "new-sdo");
                json.WriteEndObject();
                json.WriteEndObject();
                break;
        }

        if (e.Aliases.Count > 0 && type is "threat-actor" or StixVocabulary.WeaponType)
        {
            WriteStrings(json, "aliases", e.Aliases);
        }

        json.WriteEndObject();
        return id;
    }

    /// <summary>
    /// A claim with an object or item is a relationship; one with neither ("GRI makes drone engines")
    /// is a note on its subject, so no tool reads it as a link from the subject to itself.
    /// </summary>
    private static string WriteRelationship(Utf8JsonWriter json, StoredClaim c, Dictionary<string, string> ids)
    {
        var target = c.ObjectKey ?? c.ItemKey;
        var type = target is null ? "note" : "relationship";
        var id = StixIds.Of(type, "claim:" + ClaimKey.Of(c));
        var recorded = StixTime.Instant(c.RecordedAt) ?? Epoch;
        json.WriteStartObject();
        Common(json, type, id, recorded, recorded);
        json.WriteString("created_by_ref", StixIds.Producer);
        if (target is null)
        {
            json.WriteString("abstract", $"{c.SubjectName} {StixVocabulary.RelationshipType(c.Type)} ({c.Stance})");
            json.WriteString("content", c.EvidenceText);
            WriteStrings(json, "object_refs", [ids[c.SubjectKey]]);
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
        Optional(json, "asserted_by", c.SourceName);
        Optional(json, "asserted_by_ref", c.SourceKey is null ? null : ids[c.SourceKey]);
        json.WriteString("evidence", c.EvidenceText);
        json.WriteNumber("evidence_start", c.EvidenceStart);
        json.WriteNumber("evidence_end", c.EvidenceEnd);
        json.WriteString("document_key", c.DocumentKey);
        json.WriteNumber("document_version", c.DocumentVersion);
        Optional(json, "document_title", c.DocumentTitle);
        Optional(json, "document_url", c.DocumentUrl);
        Optional(json, "publisher", c.Outlet);
        Optional(json, "published", c.Published);
        Optional(json, "item", c.ItemName);
        Optional(json, "item_ref", c.ItemKey is null ? null : ids[c.ItemKey]);
        if (c.QuantityValue is { } q)
        {
            json.WriteNumber("quantity", q);
        }

        Optional(json, "quantity_unit", c.QuantityUnit);
        Optional(json, "quantity_text", c.QuantityText);
        Optional(json, "time_text", c.TimeText);
        json.WriteString("extractor", c.Extractor);
        json.WriteString("extractor_version", c.ExtractorVersion);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        return id;
    }

    private static void WriteReport(Utf8JsonWriter json, StoredClaim document, List<string> refs)
    {
        var recorded = StixTime.Instant(document.RecordedAt) ?? Epoch;
        json.WriteStartObject();
        Common(json, "report", StixIds.Of("report", "document:" + document.DocumentKey), recorded, recorded);
        json.WriteString("created_by_ref", StixIds.Producer);
        json.WriteString("name", string.IsNullOrWhiteSpace(document.DocumentTitle) ? document.DocumentKey : document.DocumentTitle);
        json.WriteString("published", StixTime.Start(document.Published) ?? recorded);
        WriteStrings(json, "report_types", ["threat-report"]);
        WriteStrings(json, "object_refs", [.. refs.Distinct(StringComparer.Ordinal)]);
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

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
