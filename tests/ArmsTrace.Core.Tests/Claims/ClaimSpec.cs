namespace ArmsTrace.Core.Tests.Claims;

/// <summary>One block of a .spec file: a text, its publication date and the claims it must give.</summary>
internal sealed record ClaimSpec(string File, int Line, string Text, string? Published, IReadOnlyList<ExpectedClaim> Expected);
