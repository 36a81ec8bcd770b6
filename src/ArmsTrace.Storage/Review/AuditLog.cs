using System.Text.Json;
using CsvHelper;

namespace ArmsTrace.Storage.Review;

/// <summary>The audit log as CSV (one row an entry, header first) or JSON lines, for the CLI and the API alike.</summary>
public static class AuditLog
{
    public static readonly string[] Columns = ["kind", "id", "action", "target", "detail", "reason", "decided_by", "decided_at", "undone_by", "undone_at"];

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void WriteCsv(IEnumerable<AuditEntry> entries, Stream output)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(output);
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        csv.WriteHeader(Columns);
        foreach (var e in entries)
        {
            foreach (var f in new[] { e.Kind, e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Action, e.Target, e.Detail, e.Reason, e.DecidedBy, e.DecidedAt, e.UndoneBy, e.UndoneAt })
            {
                csv.WriteField(f ?? string.Empty);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    public static void WriteJsonLines(IEnumerable<AuditEntry> entries, Stream output)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var e in entries)
        {
            JsonSerializer.Serialize(output, e, Json);
            output.WriteByte((byte)'\n');
        }

        output.Flush();
    }
}
