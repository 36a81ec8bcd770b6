namespace ArmsTrace.Server.Security;

internal sealed record SignInRequest(string? Key);
