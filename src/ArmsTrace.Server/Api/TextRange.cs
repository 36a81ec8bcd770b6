namespace ArmsTrace.Server.Api;

internal sealed record TextRange(int Start, int End);
