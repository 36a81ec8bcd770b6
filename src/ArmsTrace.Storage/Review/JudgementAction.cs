namespace ArmsTrace.Storage.Review;

/// <summary>What an analyst said of a claim.</summary>
public enum JudgementAction
{
    Accept,
    Reject,
    Edit,
}
