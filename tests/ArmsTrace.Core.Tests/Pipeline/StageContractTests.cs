using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Entities.Recognition;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;

namespace ArmsTrace.Core.Tests.Pipeline;

public sealed class StageContractTests
{
    [Fact]
    public void Run_StageWritesUndeclaredLayer_Refused()
    {
        var pipeline = new ExtractionPipeline([new TokenizerStage(), new SentenceSplitterStage(), new EntityRecognizerStage(PipelineResources.Bundled.Gazetteer), new DroppingStage()]);

        var error = Assert.Throws<InvalidOperationException>(() => pipeline.Run(Document("Iran supplied drones to Russia.")));

        Assert.Contains("'drops-mentions'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mentions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StageChangesTagsItDoesNotDeclare_Refused()
    {
        var pipeline = new ExtractionPipeline([new TokenizerStage(), new SentenceSplitterStage(), new PosTaggerStage(NlpModels.Tagger), new RetaggingStage([])]);

        var error = Assert.Throws<InvalidOperationException>(() => pipeline.Run(Document("Iran supplied drones to Russia.")));

        Assert.Contains("PartsOfSpeech", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StageAmendsDeclaredLayer_Allowed()
    {
        var pipeline = new ExtractionPipeline([new TokenizerStage(), new SentenceSplitterStage(), new PosTaggerStage(NlpModels.Tagger), new RetaggingStage([Layer.PartsOfSpeech])]);

        var context = pipeline.Run(Document("Iran supplied drones to Russia."));

        Assert.Equal("X", context.Annotations.Upos[0]);
    }

    [Fact]
    public void Create_LayerAddedTwice_Refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ExtractionPipeline([new TokenizerStage(), new TokenizerStage()]));

        Assert.Contains("amends", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AmendsLayerNoEarlierStageAdds_Refused() =>
        Assert.Throws<InvalidOperationException>(() => new ExtractionPipeline([new TokenizerStage(), new LoneWordStage()]));

    [Fact]
    public void DefaultPipeline_EveryLayerAddedOnce()
    {
        var added = DefaultPipeline.Create(PipelineResources.Bundled).Stages.SelectMany(s => s.Adds).ToList();

        Assert.Equal(added.Distinct().Count(), added.Count);
        Assert.Single(DefaultPipeline.Create(PipelineResources.Bundled).Stages, s => s.Adds.Contains(Layer.Entities));
    }

    private static SourceDocument Document(string text) => new(text, new DocumentMetadata("t.txt"));

    /// <summary>Declares that it adds nothing, then drops the recogniser's mentions.</summary>
    private sealed class DroppingStage : IPipelineStage
    {
        public string Name => "drops-mentions";

        public IReadOnlyList<Layer> Needs => [Layer.Mentions];

        public IReadOnlyList<Layer> Adds => [];

        public IReadOnlyList<Layer> Amends => [];

        public void Run(AnalysisContext context) => context.Mentions.RemoveAll(m => m.Type == EntityType.Country);
    }

    private sealed class RetaggingStage(IReadOnlyList<Layer> amends) : IPipelineStage
    {
        public string Name => "retags";

        public IReadOnlyList<Layer> Needs => [Layer.PartsOfSpeech];

        public IReadOnlyList<Layer> Adds => [];

        public IReadOnlyList<Layer> Amends => amends;

        public void Run(AnalysisContext context) => context.Annotations.Upos[0] = "X";
    }
}
