using ArmsTrace.Core.Claims.Confidence;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Entities.Recognition;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;

namespace ArmsTrace.Core.Extraction;

/// <summary>The stages ArmsTrace runs by default, in order.</summary>
public static class DefaultPipeline
{
    /// <param name="resources">The knowledge base and models the stages read, shared by every pipeline made from them.</param>
    /// <param name="claimPatterns">Claim patterns to use instead of the bundled lexicons/claim-patterns.txt.</param>
    public static ExtractionPipeline Create(PipelineResources resources, IEnumerable<string>? claimPatterns = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return new(
        [
            new ReadingStage(resources.Boilerplate),
            new TokenizerStage(resources.Tokenizer),
            new SentenceSplitterStage(resources.SentenceSplitter),
            new EntityRecognizerStage(resources.Gazetteer),
            new KbLinkerStage(resources.KnowledgeBase),
            new LoneWordStage(),
            new PosTaggerStage(resources.Tagger),
            new NameTagStage(),
            new VerbFormTagStage(),
            new DependencyParserStage(resources.Parser),
            new EntityTypingStage(resources.Ner),
            new EntityResolverStage(),
            new ClaimExtractorStage(resources.KnowledgeBase, resources.Gazetteer, resources.Triggers, claimPatterns),
            new ClaimEndpointResolverStage(resources.KnowledgeBase),
            new ClaimConfidenceStage(resources.Confidence),
        ]);
    }
}
