namespace ArmsTrace.Storage.Graph;

public sealed record DocumentSummary(string Key, int Version, string? Title, string? Outlet, string? Published, long Claims);
