using ArmsTrace.Core.Documents;

namespace ArmsTrace.Storage.Sharing;

/// <summary>
/// Which ingest process works on which document, when several share one database: a document is
/// claimed before extraction and released once stored, so no two processes extract it at once.
/// Every call comes from the one thread that also writes the documents.
/// </summary>
public interface IIngestClaims : IDisposable
{
    /// <summary>True when this process may extract the document; false while another process holds it.</summary>
    bool TryClaim(string key);

    void Release(string key);

    /// <summary>
    /// Whether the database already holds this text with this metadata as the document's current
    /// version, so that ingesting it would change nothing and extraction can be skipped.
    /// </summary>
    bool IsStored(SourceDocument document);
}
