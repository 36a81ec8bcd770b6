using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage;

namespace ArmsTrace.Server.Api;

/// <summary>Runs the extraction pipeline on posted text; one document at a time, as the pipeline's stages are not meant to be shared across threads.</summary>
internal sealed class IngestService
{
    private readonly ExtractionPipeline _pipeline = DefaultPipeline.Create();
    private readonly Lock _gate = new();

    public static string ExtractorVersion => ClaimExtractorStage.ExtractorName + "/" + ClaimExtractorStage.ExtractorVersion;

    public (IngestResult Result, IReadOnlyList<string> Warnings) Ingest(IEvidenceStore store, SourceDocument document)
    {
        AnalysisContext analysed;
        lock (_gate)
        {
            analysed = _pipeline.Run(document);
        }

        return (store.Ingest(analysed, ExtractorVersion), analysed.Warnings);
    }
}
