namespace ArmsTrace.Core.Claims;

/// <summary>How likely a claim is right (0 to 1), and in words why: the rule, the parse, the endpoints and the measured precision behind the figure.</summary>
public sealed record ClaimConfidence(double Value, string Explanation);
