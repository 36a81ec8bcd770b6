using System.Collections.Concurrent;
using ArmsTrace.Core.Documents;

namespace ArmsTrace.Core.Pipeline;

/// <summary>
/// Runs stages in order. Construction checks that each stage's needs and amendments are met by the
/// stages before it and that no layer is added twice, so a mis-assembled pipeline fails at start-up
/// rather than on the first document. One pipeline serves any number of documents at once: its
/// stages keep no per-document state, and each run borrows scratch space no other run holds.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly IPipelineStage[] _stages;
    private readonly ConcurrentBag<StageScratch> _scratch = [];

    public ExtractionPipeline(IEnumerable<IPipelineStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        _stages = [.. stages];
        var available = new HashSet<Layer> { Layer.CleanText };
        foreach (var stage in _stages)
        {
            foreach (var layer in stage.Needs.Concat(stage.Amends))
            {
                if (!available.Contains(layer))
                {
                    throw new InvalidOperationException(
                        $"Stage '{stage.Name}' needs layer {layer}, which no earlier stage adds.");
                }
            }

            foreach (var layer in stage.Adds)
            {
                if (!available.Add(layer))
                {
                    throw new InvalidOperationException(
                        $"Stage '{stage.Name}' adds layer {layer}, which an earlier stage added; it amends it.");
                }
            }
        }
    }

    public IReadOnlyList<IPipelineStage> Stages => _stages;

    public AnalysisContext Run(SourceDocument document)
    {
        var scratch = _scratch.TryTake(out var free) ? free : new StageScratch();
        var context = new AnalysisContext(document, scratch);
        try
        {
            foreach (var stage in _stages)
            {
                context.Enter(stage);
                stage.Run(context);
                context.Leave();
            }
        }
        finally
        {
            context.ReturnScratch();
            _scratch.Add(scratch);
        }

        return context;
    }
}
