namespace ArmsTrace.Core.Tests.Claims;

/// <param name="Absent">A "not type Subject -> Object" line: a claim the sentence must not yield.</param>
internal sealed record ExpectedClaim(string Type, string Subject, string Object, IReadOnlyDictionary<string, string> Fields, bool Absent = false)
{
    public override string ToString() =>
        (Absent ? "not " : string.Empty) + $"{Type} {Subject} -> {Object}" + string.Concat(Fields.Select(f => $" | {f.Key}={f.Value}"));
}
