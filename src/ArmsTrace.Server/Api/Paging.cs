namespace ArmsTrace.Server.Api;

internal static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static int Limit(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    public static int Offset(int? offset) => Math.Max(0, offset ?? 0);

    /// <summary>Builds a page from a fetch of limit + 1 rows.</summary>
    public static Page<T> From<T>(IReadOnlyList<T> fetched, int offset, int limit) =>
        new([.. fetched.Take(limit)], offset, limit, fetched.Count > limit);

    public static IReadOnlyList<string> List(string? commaSeparated) =>
        string.IsNullOrWhiteSpace(commaSeparated)
            ? []
            : [.. commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
