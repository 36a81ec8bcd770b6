using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Reading;

public sealed class SentenceSplitterStage : IPipelineStage
{
    private readonly SentenceSplitter _splitter;

    public SentenceSplitterStage(SentenceSplitter? splitter = null) => _splitter = splitter ?? SentenceSplitter.Default;

    public string Name => "sentences";

    public IReadOnlyList<Layer> Needs { get; } = [Layer.Tokens];

    public IReadOnlyList<Layer> Adds { get; } = [Layer.Sentences];

    public IReadOnlyList<Layer> Amends => [];

    public void Run(AnalysisContext context) => _splitter.Split(context.Clean, context.Tokens, context.Sentences);
}
