namespace ArmsTrace.Core.Pipeline;

/// <summary>What a stage reads from or adds to an <see cref="AnalysisContext"/>.</summary>
public enum Layer
{
    CleanText,
    Sentences,
    Tokens,
    PartsOfSpeech,
    Dependencies,
    Mentions,
    Entities,
    Claims,
}
