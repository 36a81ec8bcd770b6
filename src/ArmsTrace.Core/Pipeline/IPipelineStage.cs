namespace ArmsTrace.Core.Pipeline;

/// <summary>
/// One job in the pipeline. A stage holds no per-document state: everything it learns about a
/// document goes into the context, so one instance serves any number of documents at once.
/// </summary>
/// <remarks>
/// A stage writes only the layers it declares: those it <see cref="Adds"/> (first written here)
/// and those it <see cref="Amends"/> (written by an earlier stage and corrected here). Debug
/// builds check every stage's writes against its declaration (<see cref="AnalysisContext"/>).
/// </remarks>
public interface IPipelineStage
{
    /// <summary>Short name, stored with every claim the stage contributes to.</summary>
    string Name { get; }

    IReadOnlyList<Layer> Needs { get; }

    /// <summary>Layers this stage writes first; no earlier stage may have added them.</summary>
    IReadOnlyList<Layer> Adds { get; }

    /// <summary>Layers an earlier stage added that this stage rewrites.</summary>
    IReadOnlyList<Layer> Amends { get; }

    void Run(AnalysisContext context);
}
