using ArmsTrace.Core.Origins;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Storage.Origins;

/// <summary>What an ingest needs to place a document in an origin, computed before the transaction opens.</summary>
/// <param name="Signature">The clean text's MinHash; null when it has no words or detection is off.</param>
/// <param name="Wire">The news agency the document declares it carries; null when none or detection is off.</param>
internal sealed record OriginEvidence(TextSignature? Signature, WireService? Wire)
{
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
