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
            ids[e.Key] = StixEntities.Write(json, e);
            Flush(json, ++written);
        }

        var document = (StoredClaim?)null;
        var refs = new List<string>();
        foreach (var c in data.Claims)
        {
            if (document is not null && document.DocumentKey != c.DocumentKey)
            {
                StixClaims.WriteReport(json, document, refs);
                refs.Clear();
            }

            document = c;
            var relationship = StixClaims.Write(json, c, ids);
            refs.Add(relationship);
            refs.AddRange(new[] { c.SubjectKey, c.ObjectKey, c.ItemKey, c.SourceKey }.OfType<string>().Select(k => ids[k]));
            Flush(json, ++written);
        }

        if (document is not null)
        {
            StixClaims.WriteReport(json, document, refs);
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

    private static void WriteProducer(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        StixJson.Common(json, "identity", StixIds.Producer, StixJson.Epoch, StixJson.Epoch);
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
        StixJson.Common(json, "extension-definition", id, StixJson.Epoch, StixJson.Epoch);
        json.WriteString("created_by_ref", StixIds.Producer);
        json.WriteString("name", name);
        json.WriteString("schema", schema);
        json.WriteString("version", "1.0");
        json.WriteStartArray("extension_types");
        json.WriteStringValue(kind);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
