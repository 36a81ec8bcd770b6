using ArmsTrace.Core.Documents;

namespace ArmsTrace.Storage.Sharing;

/// <summary>A SQLite file is written by one process at a time, so every document is this process's.</summary>
internal sealed class SoloIngestClaims : IIngestClaims
{
    public bool TryClaim(string key) => true;

    public void Release(string key)
    {
    }

    /// <summary>Never asked to skip: alone, the store itself finds unchanged documents, after extraction, as it always has.</summary>
    public bool IsStored(SourceDocument document) => false;

    public void Dispose()
    {
    }
}
