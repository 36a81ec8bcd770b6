using ArmsTrace.Storage.Keys;

namespace ArmsTrace.Server.Security;

/// <summary>Who is asking: the key's user and role, or the machine's user in local mode.</summary>
/// <param name="KeyId">The key used; null in local mode.</param>
/// <param name="BySession">Authenticated by the session cookie, which a browser sends by itself, so writes must prove they come from our pages.</param>
internal sealed record Caller(string User, KeyRole Role, long? KeyId, bool BySession)
{
    public const string ItemName = "armstrace.caller";

    public static Caller? Of(Microsoft.AspNetCore.Http.HttpContext context) => context.Items.TryGetValue(ItemName, out var c) ? c as Caller : null;
}
