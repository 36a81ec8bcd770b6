using CsvHelper;

namespace ArmsTrace.Storage.Exports.Csv;

/// <summary>
/// One of the two CSV tables (RFC 4180, UTF-8, header row): entities, or claims with one row per
/// claim carrying its evidence and source document.
/// </summary>
internal sealed class CsvExportWriter : IExportWriter
{
    public static readonly string[] EntityColumns = ["key", "name", "type", "claims", "country", "country_code", "latitude", "longitude", "aliases"];

    public static readonly string[] ClaimColumns =
    [
        "claim_id", "type", "subject_key", "subject", "object_key", "object", "item_key", "item", "quantity", "quantity_unit",
        "quantity_text", "time_text", "time_from", "time_to", "stance", "asserted_by_key", "asserted_by", "evidence", "evidence_start",
        "evidence_end", "document", "document_version", "document_title", "document_url", "publisher", "published",
        "extractor", "extractor_version", "recorded_at",
    ];

    private const int FlushEvery = 1024;

    private readonly CsvTable _table;

    public CsvExportWriter(CsvTable table) => _table = table;

    public void Write(ExportData data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        var rows = 0;
        if (_table == CsvTable.Entities)
        {
            csv.WriteHeader(EntityColumns);
            foreach (var e in data.Entities)
            {
                Row(csv, ++rows, e.Key, e.Name, e.Type, InvariantText.Of(e.Claims), e.CountryName, e.CountryCode, InvariantText.Of(e.Latitude), InvariantText.Of(e.Longitude), string.Join("; ", e.Aliases));
            }
        }
        else
        {
            csv.WriteHeader(ClaimColumns);
            foreach (var c in data.Claims)
            {
                Row(
                    csv,
                    ++rows,
                    InvariantText.Of(c.Id), c.Type, c.SubjectKey, c.SubjectName, c.ObjectKey, c.ObjectName, c.ItemKey, c.ItemName,
                    InvariantText.Of(c.QuantityValue), c.QuantityUnit, c.QuantityText, c.TimeText, c.TimeFrom, c.TimeTo, c.Stance,
                    c.SourceKey, c.SourceName, c.EvidenceText, InvariantText.Of(c.EvidenceStart), InvariantText.Of(c.EvidenceEnd), c.DocumentKey,
                    InvariantText.Of(c.DocumentVersion), c.DocumentTitle, c.DocumentUrl, c.Outlet, c.Published, c.Extractor,
                    c.ExtractorVersion, c.RecordedAt);
            }
        }

        csv.Flush();
    }

    private static void Row(CsvWriter csv, int rows, params string?[] fields)
    {
        foreach (var f in fields)
        {
            csv.WriteField(f ?? string.Empty);
        }

        csv.EndRecord();
        if (rows % FlushEvery == 0)
        {
            csv.Flush();
        }
    }
}
