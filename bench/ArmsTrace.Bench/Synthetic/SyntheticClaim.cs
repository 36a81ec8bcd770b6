namespace ArmsTrace.Bench.Synthetic;

/// <summary>One claim row as the extractor would store it; ids are assigned by the writer in generation order.</summary>
internal sealed record SyntheticClaim(
    string Type,
    SyntheticEntity Subject,
    SyntheticEntity? Object,
    SyntheticEntity? Item,
    SyntheticEntity? Source,
    string Stance,
    int? Quantity,
    string? Time,
    string? TimeText,
    int EvidenceStart,
    int EvidenceEnd,
    string Evidence,
    double Confidence);
