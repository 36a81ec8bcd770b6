using ArmsTrace.Core.Documents;

namespace ArmsTrace.Core.Pipeline;

/// <summary>
/// Runs stages in order. Construction checks that each stage's needs are met by the stages
/// before it, so a mis-assembled pipeline fails at start-up rather than on the first document.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly IPipelineStage[] _stages;

    public ExtractionPipeline(IEnumerable<IPipelineStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        _stages = [.. stages];
        var available = new HashSet<Layer> { Layer.CleanText };
        foreach (var stage in _stages)
        {
            foreach (var need in stage.Needs)
            {
                if (!available.Contains(need))
                {
                    throw new InvalidOperationException(
                        $"Stage '{stage.Name}' needs layer {need}, which no earlier stage adds.");
                }
            }

            available.UnionWith(stage.Adds);
        }
    }

    public IReadOnlyList<IPipelineStage> Stages => _stages;

    public AnalysisContext Run(SourceDocument document)
    {
        var context = new AnalysisContext(document);
        foreach (var stage in _stages)
        {
            stage.Run(context);
        }

        return context;
    }
}
