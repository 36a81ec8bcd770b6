namespace ArmsTrace.Core.Claims;

/// <summary>
/// How the extractor came to a claim: the finder that drafted it (<see cref="Rule"/>), the word
/// that set it off, and whether the sentence was parsed and how long it was, because long
/// sentences are where parses go wrong.
/// </summary>
public sealed record ClaimBasis(string Rule, string Trigger, bool Parsed, int SentenceWords);
