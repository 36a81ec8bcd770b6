using System.Net;

namespace ArmsTrace.Server.Security;

/// <summary>What counts as this machine, for listening addresses and for Host headers.</summary>
internal static class Loopback
{
    public static bool IsLoopbackHost(string host)
    {
        var h = host.Trim().TrimStart('[').TrimEnd(']');
        return h.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(h, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>The listening addresses in <paramref name="urls"/> that other machines could reach ("0.0.0.0", "*", a LAN address).</summary>
    public static IReadOnlyList<string> Exposed(string urls) =>
        [.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(u => !IsLoopbackHost(HostOf(u)))];

    private static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        if (rest.StartsWith('['))
        {
            return rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)];
        }

        var end = rest.IndexOfAny([':', '/']);
        return end < 0 ? rest : rest[..end];
    }
}
