using System.Diagnostics;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Cli.Commands;

/// <summary>A pipeline stage whose runs are counted in <see cref="IngestTimings"/> under its name.</summary>
internal sealed class TimedStage(IPipelineStage stage, IngestTimings timings) : IPipelineStage
{
    public string Name => stage.Name;

    public IReadOnlyList<Layer> Needs => stage.Needs;

    public IReadOnlyList<Layer> Adds => stage.Adds;

    public IReadOnlyList<Layer> Amends => stage.Amends;

    public void Run(AnalysisContext context)
    {
        var start = Stopwatch.GetTimestamp();
        stage.Run(context);
        timings.Add(stage.Name, start);
    }
}
