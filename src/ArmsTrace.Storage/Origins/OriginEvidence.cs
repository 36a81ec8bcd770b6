using ArmsTrace.Core.Origins;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Storage.Origins;

/// <summary>
/// What an ingest needs to place a document in an origin, computed before the transaction opens (on
/// an extraction thread when ingest runs on several), so the one writer only looks up and inserts.
/// </summary>
/// <param name="Signature">The clean text's MinHash; null when it has no words or detection is off.</param>
/// <param name="Wire">The news agency the document declares it carries; null when none or detection is off.</param>
internal sealed record OriginEvidence(TextSignature? Signature, WireService? Wire)
{
    /// <summary>The signature's locality-sensitive band keys; empty without a signature.</summary>
    public long[] BandKeys { get; } = Signature is null ? [] : [.. Signature.BandKeys()];

    /// <summary>The band keys as a JSON array, for the dialects that take lists as JSON.</summary>
    public string BandKeysJson => "[" + string.Join(',', BandKeys) + "]";

    /// <summary>The signature as stored; null without one.</summary>
    public byte[]? SignatureBytes { get; } = Signature?.ToBytes();

    public static OriginEvidence From(AnalysisContext analysed, bool detect)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        if (!detect)
        {
            return new OriginEvidence(null, null);
        }

        var text = analysed.Clean.Value;
        return new OriginEvidence(TextSignature.Of(text), DeclaredWire.Default.Find(text, analysed.Document.Metadata.Outlet));
    }
}
