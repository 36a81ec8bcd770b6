namespace ArmsTrace.Core.Matching;

/// <summary>How alike two names are (0 to 1) and why.</summary>
internal sealed record NameMatch(double Score, IReadOnlyList<string> Reasons)
{
    /// <summary>Scores from here up name the same thing.</summary>
    public const double Threshold = 0.85;

    public bool IsMatch => Score >= Threshold;
}
