using ArmsTrace.Storage.Origins;
using ArmsTrace.Storage.Rows;
using ArmsTrace.Storage.Searching;

namespace ArmsTrace.Storage;

/// <summary>
/// One analysed document made ready to store: its rows, name keys and origin signature, everything
/// that needs no database, so that it can be built on the thread that extracted the document and the
/// writer only runs statements (<see cref="IEvidenceStore.Prepare"/>, <see cref="IEvidenceStore.IngestBatch"/>).
/// It holds no reference to the analysis, which can be collected once this is built.
/// </summary>
public sealed class PreparedIngest
{
    internal PreparedIngest(IngestRows rows, OriginEvidence origin)
    {
        Rows = rows;
        Origin = origin;
        NameKeys = [.. EntityNameKeys.Of(rows)];
    }

    /// <summary>The document's key.</summary>
    public string Key => Rows.Document.Key;

    internal IngestRows Rows { get; }

    internal OriginEvidence Origin { get; }

    internal IReadOnlyList<NameKeyRow> NameKeys { get; }
}
