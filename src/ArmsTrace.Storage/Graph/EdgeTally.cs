namespace ArmsTrace.Storage.Graph;

/// <summary>How many claims of one stance join a subject to a target by one type of claim.</summary>
public sealed record EdgeTally(string SubjectKey, string TargetKey, string Type, string Stance, long Claims);
