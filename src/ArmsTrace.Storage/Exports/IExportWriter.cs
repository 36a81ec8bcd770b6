namespace ArmsTrace.Storage.Exports;

/// <summary>One format's writer. It reads <see cref="ExportData"/> once, in order, and writes as it reads.</summary>
internal interface IExportWriter
{
    void Write(ExportData data, Stream output);
}
