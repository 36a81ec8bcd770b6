namespace ArmsTrace.Server.Review;

/// <summary>A judgement on a claim: accept, reject or edit, with the fields an edit sets and why.</summary>
internal sealed record JudgementRequest(string? Action, string? Reason, EditRequest? Edit);
