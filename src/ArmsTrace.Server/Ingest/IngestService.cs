using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage;

namespace ArmsTrace.Server.Ingest;

/// <summary>Runs the extraction pipeline on posted text; like any pipeline, it may run on several threads at once.</summary>
internal sealed class IngestService(PipelineResources resources)
{
    private readonly ExtractionPipeline _pipeline = DefaultPipeline.Create(resources);

    public (IngestResult Result, IReadOnlyList<string> Warnings) Ingest(IEvidenceStore store, SourceDocument document)
    {
        var analysed = _pipeline.Run(document);
        return (store.Ingest(analysed, ClaimExtractorStage.Version), analysed.Warnings);
    }
}
