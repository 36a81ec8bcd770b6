using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage;

namespace ArmsTrace.Server.Ingest;

/// <summary>Runs the extraction pipeline on posted text. Only the <see cref="IngestQueue"/>'s one worker calls it, as the pipeline's stages are not meant to be shared across threads.</summary>
internal sealed class IngestService
{
    private readonly ExtractionPipeline _pipeline = DefaultPipeline.Create();

    public (IngestResult Result, IReadOnlyList<string> Warnings) Ingest(IEvidenceStore store, SourceDocument document)
    {
        var analysed = _pipeline.Run(document);
        return (store.Ingest(analysed, ClaimExtractorStage.Version), analysed.Warnings);
    }
}
