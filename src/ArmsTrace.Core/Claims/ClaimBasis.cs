namespace ArmsTrace.Core.Claims;

/// <summary>
/// How the extractor came to a claim: the finder that drafted it (<see cref="Rule"/>), the word
/// that set it off, and how long the sentence was, because long sentences are where parses go wrong.
/// </summary>
public sealed record ClaimBasis(string Rule, string Trigger, int SentenceWords);
