using ArmsTrace.Core.Documents;

namespace ArmsTrace.Cli.Loading;

/// <summary>A document that was read, with anything that was odd about reading it.</summary>
internal sealed class LoadedDocument : LoadResult
{
    public LoadedDocument(string path, SourceDocument document, IReadOnlyList<string>? warnings = null)
        : base(path)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Warnings = warnings ?? [];
    }

    public SourceDocument Document { get; }

    /// <summary>Problems that did not stop the load, e.g. "not valid UTF-8 at byte 12; read as Windows-1252".</summary>
    public IReadOnlyList<string> Warnings { get; }

    public override string ToString() => $"{Path}: loaded {Document.Metadata.Key}";
}
