namespace ArmsTrace.Server.Api;

internal sealed record EntityLink(string Key, string Name);
