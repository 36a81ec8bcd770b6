namespace ArmsTrace.Storage;

/// <summary>Paging bounds shared by every list query, so one bad argument cannot ask for the whole store.</summary>
internal static class PageLimits
{
    public const int Max = 1000;

    public static int Limit(int limit) => Math.Clamp(limit, 1, Max);

    public static int Offset(int offset) => Math.Max(0, offset);
}
