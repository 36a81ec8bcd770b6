namespace ArmsTrace.Core.Pipeline;

/// <summary>
/// One job in the pipeline. A stage holds no per-document state: everything it learns about a
/// document goes into the context, so one instance serves any number of documents at once.
/// </summary>
public interface IPipelineStage
{
    /// <summary>Short name, stored with every claim the stage contributes to.</summary>
    string Name { get; }

    IReadOnlyList<Layer> Needs { get; }

    IReadOnlyList<Layer> Adds { get; }

    void Run(AnalysisContext context);
}
