namespace ArmsTrace.Storage.Exports;

/// <summary>The formats the graph leaves in; <see cref="ExportFormats"/> names them on the command line and in the API.</summary>
public enum ExportFormat
{
    Stix,
    FollowTheMoney,
    GraphMl,
    Csv,
}
