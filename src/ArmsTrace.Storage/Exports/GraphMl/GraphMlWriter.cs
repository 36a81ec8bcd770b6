using System.Text;
using System.Xml;

namespace ArmsTrace.Storage.Exports.GraphMl;

/// <summary>
/// A directed GraphML graph for Gephi, yEd and Neo4j: a node per entity, an edge per claim from
/// its subject to its object (or item), with the claim's type, stance, source, dates and evidence
/// as edge data.
/// </summary>
internal sealed class GraphMlWriter : IExportWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";
    private const int FlushEvery = 256;

    private static readonly (string Id, string Type)[] NodeKeys =
    [
        ("name", "string"), ("type", "string"), ("claims", "long"), ("country", "string"), ("country_code", "string"),
        ("latitude", "double"), ("longitude", "double"), ("aliases", "string"),
    ];

    private static readonly (string Id, string Type)[] EdgeKeys =
    [
        ("claim_id", "long"), ("claim_type", "string"), ("has_target", "boolean"), ("stance", "string"), ("asserted_by", "string"), ("asserted_by_key", "string"),
        ("item", "string"), ("item_key", "string"), ("quantity", "double"), ("quantity_unit", "string"), ("quantity_text", "string"),
        ("time_text", "string"), ("time_from", "string"), ("time_to", "string"), ("evidence", "string"),
        ("evidence_start", "long"), ("evidence_end", "long"), ("document", "string"), ("document_version", "int"),
        ("document_title", "string"), ("document_url", "string"), ("publisher", "string"), ("published", "string"),
        ("extractor_version", "string"),
    ];

    public void Write(ExportData data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CheckCharacters = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        foreach (var (id, type) in NodeKeys)
        {
            Key(xml, "n_" + id, "node", id, type);
        }

        foreach (var (id, type) in EdgeKeys)
        {
            Key(xml, "e_" + id, "edge", id, type);
        }

        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "armstrace");
        xml.WriteAttributeString("edgedefault", "directed");
        var written = 0;
        foreach (var e in data.Entities)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", e.Key);
            Data(xml, "n_name", e.Name);
            Data(xml, "n_type", e.Type);
            Data(xml, "n_claims", InvariantText.Of(e.Claims));
            Data(xml, "n_country", e.CountryName);
            Data(xml, "n_country_code", e.CountryCode);
            Data(xml, "n_latitude", InvariantText.Of(e.Latitude));
            Data(xml, "n_longitude", InvariantText.Of(e.Longitude));
            Data(xml, "n_aliases", e.Aliases.Count == 0 ? null : string.Join("; ", e.Aliases));
            xml.WriteEndElement();
            Flush(xml, ++written);
        }

        foreach (var c in data.Claims)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", "claim-" + InvariantText.Of(c.Id));
            xml.WriteAttributeString("source", c.SubjectKey);
            xml.WriteAttributeString("target", c.ObjectKey ?? c.ItemKey ?? c.SubjectKey);
            Data(xml, "e_claim_id", InvariantText.Of(c.Id));
            Data(xml, "e_claim_type", c.Type);

            // A claim with neither object nor item is drawn as a loop on its subject, marked so.
            Data(xml, "e_has_target", c.ObjectKey is null && c.ItemKey is null ? "false" : "true");
            Data(xml, "e_stance", c.Stance);
            Data(xml, "e_asserted_by", c.SourceName);
            Data(xml, "e_asserted_by_key", c.SourceKey);
            Data(xml, "e_item", c.ItemName);
            Data(xml, "e_item_key", c.ItemKey);
            Data(xml, "e_quantity", InvariantText.Of(c.QuantityValue));
            Data(xml, "e_quantity_unit", c.QuantityUnit);
            Data(xml, "e_quantity_text", c.QuantityText);
            Data(xml, "e_time_text", c.TimeText);
            Data(xml, "e_time_from", c.TimeFrom);
            Data(xml, "e_time_to", c.TimeTo);
            Data(xml, "e_evidence", c.EvidenceText);
            Data(xml, "e_evidence_start", InvariantText.Of(c.EvidenceStart));
            Data(xml, "e_evidence_end", InvariantText.Of(c.EvidenceEnd));
            Data(xml, "e_document", c.DocumentKey);
            Data(xml, "e_document_version", InvariantText.Of(c.DocumentVersion));
            Data(xml, "e_document_title", c.DocumentTitle);
            Data(xml, "e_document_url", c.DocumentUrl);
            Data(xml, "e_publisher", c.Outlet);
            Data(xml, "e_published", c.Published);
            Data(xml, "e_extractor_version", c.ExtractorVersion);
            xml.WriteEndElement();
            Flush(xml, ++written);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Key(XmlWriter xml, string id, string scope, string name, string type)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", scope);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }

    private static void Flush(XmlWriter xml, int written)
    {
        if (written % FlushEvery == 0)
        {
            xml.Flush();
        }
    }
}
