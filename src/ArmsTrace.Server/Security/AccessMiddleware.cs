using ArmsTrace.Storage.Keys;
using Microsoft.AspNetCore.Http;

namespace ArmsTrace.Server.Security;

/// <summary>
/// Decides who is calling and whether they may. Local mode: only loopback Host headers are
/// answered (a web page that rebinds its own name to 127.0.0.1 is refused) and the caller is the
/// machine's user. Keyed mode: API calls need a key (Authorization: Bearer, X-Api-Key) or a session
/// cookie; reads need a reader, writes an analyst, and a write by cookie must carry the header
/// our pages send, which another site's page cannot add without our consent.
/// </summary>
internal sealed class AccessMiddleware
{
    public const string CsrfHeader = "X-ArmsTrace-Csrf";

    private readonly RequestDelegate _next;
    private readonly AccessMode _mode;
    private readonly KeyDirectory _keys;
    private readonly Sessions _sessions;

    public AccessMiddleware(RequestDelegate next, ServerAccess access, KeyDirectory keys, Sessions sessions)
    {
        _next = next;
        _mode = access.Mode;
        _keys = keys;
        _sessions = sessions;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (_mode == AccessMode.Local)
        {
            if (!Loopback.IsLoopbackHost(context.Request.Host.Host))
            {
                await Refuse(context, StatusCodes.Status403Forbidden, "Foreign host",
                    $"this server has no API keys, so it answers only requests addressed to localhost, 127.0.0.1 or [::1], not to '{context.Request.Host.Host}'");
                return;
            }

            context.Items[Caller.ItemName] = new Caller(Environment.UserName, KeyRole.Admin, null, false);
            await _next(context);
            return;
        }

        var caller = Identify(context);
        if (caller is not null)
        {
            context.Items[Caller.ItemName] = caller;
        }

        var path = context.Request.Path;
        if (!path.StartsWithSegments("/api") || path.StartsWithSegments("/api/health") || path.StartsWithSegments("/api/session"))
        {
            await _next(context);
            return;
        }

        if (caller is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"armstrace\"";
            await Refuse(context, StatusCodes.Status401Unauthorized, "Key needed", "send an API key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY', or sign in on the web page; `armstrace keys add` makes keys");
            return;
        }

        var safe = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method);
        if (caller.BySession && !safe && !context.Request.Headers.ContainsKey(CsrfHeader))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Cross-site request refused", $"a write made with the session cookie must carry the {CsrfHeader} header");
            return;
        }

        var required = context.GetEndpoint()?.Metadata.GetMetadata<RequiredRole>()?.Role ?? (safe ? KeyRole.Reader : KeyRole.Analyst);
        if (caller.Role < required)
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Not allowed", $"{caller.User}'s key is a {caller.Role.ToName()} key; this needs {required.ToName()}");
            return;
        }

        await _next(context);
    }

    private Caller? Identify(HttpContext context)
    {
        var headers = context.Request.Headers;
        var presented = headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? auth["Bearer ".Length..].Trim()
            : headers["X-Api-Key"].ToString().Trim();
        if (presented.Length > 0)
        {
            return _keys.BySecret(presented) is { } key ? new Caller(key.User, key.Role, key.Id, false) : null;
        }

        return _sessions.Read(context) is { } id && _keys.ById(id) is { } k ? new Caller(k.User, k.Role, k.Id, true) : null;
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
