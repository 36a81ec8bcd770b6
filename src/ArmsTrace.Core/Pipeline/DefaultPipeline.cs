using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Claims.Confidence;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Reading;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Pipeline;

/// <summary>The stages ArmsTrace runs by default, in order.</summary>
public static class DefaultPipeline
{
    /// <param name="claimPatterns">Claim patterns to use instead of the bundled lexicons/claim-patterns.txt.</param>
    public static ExtractionPipeline Create(IEnumerable<string>? claimPatterns = null) => new(
    [
        new ReadingStage(),
        new TokenizerStage(),
        new SentenceSplitterStage(),
        new EntityRecognizerStage(),
        new KbLinkerStage(),
        new LoneWordStage(),
        new PosTaggerStage(),
        new NameTagStage(),
        new VerbFormTagStage(),
        new DependencyParserStage(),
        new EntityTypingStage(),
        new EntityResolverStage(),
        new ClaimExtractorStage(claimPatterns: claimPatterns),
        new ClaimEndpointResolverStage(),
        new ClaimConfidenceStage(ConfidenceTable.Default),
    ]);
}
