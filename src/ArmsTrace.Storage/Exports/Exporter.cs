using ArmsTrace.Storage.Exports.Csv;
using ArmsTrace.Storage.Exports.FollowTheMoney;
using ArmsTrace.Storage.Exports.GraphMl;
using ArmsTrace.Storage.Exports.Stix;

namespace ArmsTrace.Storage.Exports;

/// <summary>Writes exported data in a format; the CLI, the server and the tests all come through here.</summary>
public static class Exporter
{
    /// <param name="table">Which CSV table; the other formats hold everything in one file and ignore it.</param>
    public static void Write(ExportFormat format, ExportData data, Stream output, CsvTable table = CsvTable.Claims)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        IExportWriter writer = format switch
        {
            ExportFormat.Stix => new StixWriter(),
            ExportFormat.FollowTheMoney => new FtmWriter(),
            ExportFormat.GraphMl => new GraphMlWriter(),
            ExportFormat.Csv => new CsvExportWriter(table),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        writer.Write(data, output);
    }
}
