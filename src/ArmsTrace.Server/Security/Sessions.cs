using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace ArmsTrace.Server.Security;

/// <summary>
/// The browser's session: a cookie holding the key id and an expiry, encrypted and signed by data
/// protection, HttpOnly so page scripts never see it, SameSite=Strict so other sites cannot send it.
/// </summary>
internal sealed class Sessions
{
    public const string CookieName = "armstrace_session";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly IDataProtector _protector;
    private readonly TimeProvider _time;

    public Sessions(IDataProtectionProvider protection, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(time);
        _protector = protection.CreateProtector("ArmsTrace.Session.v1");
        _time = time;
    }

    public void Start(HttpContext context, long keyId)
    {
        var until = _time.GetUtcNow() + Lifetime;
        var value = _protector.Protect($"{keyId.ToString(CultureInfo.InvariantCulture)}|{until.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");
        context.Response.Cookies.Append(CookieName, value, Options(context, until));
    }

    public void End(HttpContext context) => context.Response.Cookies.Delete(CookieName, Options(context, null));

    /// <summary>The key id of a valid, unexpired session; null otherwise.</summary>
    public long? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            return parts.Length == 2
                && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var id)
                && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var until)
                && until > _time.GetUtcNow().ToUnixTimeSeconds()
                ? id
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static CookieOptions Options(HttpContext context, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = "/",
        Expires = expires,
        IsEssential = true,
    };
}
