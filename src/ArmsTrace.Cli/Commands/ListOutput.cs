using System.CommandLine;
using System.Globalization;
using System.Text;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Exports;
using CsvHelper;

namespace ArmsTrace.Cli.Commands;

/// <summary>How the listing commands print: a table with a "showing A-B of N" line, CSV, or JSON.</summary>
internal static class ListOutput
{
    public const string Table = "table";
    public const string Csv = "csv";
    public const string Json = "json";

    public static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "table, csv or json (--json is short for --format json)", DefaultValueFactory = _ => Table };
        format.AcceptOnlyFromAmong(Table, Csv, Json);
        return format;
    }

    public static string Of(ParseResult parse, Option<string> format, Option<bool> json) =>
        parse.GetValue(json) ? Json : parse.GetValue(format) ?? Table;

    /// <summary>Says how much of the whole a page is, so a list cut at --limit never looks complete.</summary>
    /// <param name="more">Counting stopped at <paramref name="total"/> and more match.</param>
    public static void Footer(int shown, int offset, long total, string what, bool more = false)
    {
        var all = string.Create(CultureInfo.InvariantCulture, $"{(more ? "more than " : "")}{total}");
        var line = shown == 0
            ? $"no {what} here ({all} in all)"
            : string.Create(CultureInfo.InvariantCulture, $"showing {offset + 1}-{offset + shown} of {all} {what}");
        if (more || offset + shown < total)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"; --offset {offset + shown} for the next page, or a larger --limit");
        }

        Console.WriteLine(line);
    }

    public static void ClaimsCsv(IReadOnlyList<StoredClaim> rows) =>
        Print(s => Exporter.Write(ExportFormat.Csv, new ExportData([], rows), s, CsvTable.Claims));

    public static void EntitiesCsv(IReadOnlyList<StoredEntity> rows) => Print(s =>
    {
        using var csv = CsvWriter.Create(s, new CsvWriterOptions(), true);
        csv.WriteHeader(["key", "name", "type", "claims"]);
        foreach (var e in rows)
        {
            csv.WriteField(e.Key);
            csv.WriteField(e.Name);
            csv.WriteField(e.Type);
            csv.WriteField(e.Claims.ToString(CultureInfo.InvariantCulture));
            csv.EndRecord();
        }

        csv.Flush();
    });

    /// <summary>
    /// Prints what a stream writer (the export and audit writers) writes, through Console.Out, which
    /// tests and pipes redirect; the raw standard output stream would bypass both.
    /// </summary>
    public static void Print(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        write(buffer);
        Console.Out.Write(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
