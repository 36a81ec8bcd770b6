namespace ArmsTrace.Core.Tests.Claims;

internal sealed record ExpectedClaim(string Type, string Subject, string Object, IReadOnlyDictionary<string, string> Fields)
{
    public override string ToString() =>
        $"{Type} {Subject} -> {Object}" + string.Concat(Fields.Select(f => $" | {f.Key}={f.Value}"));
}
