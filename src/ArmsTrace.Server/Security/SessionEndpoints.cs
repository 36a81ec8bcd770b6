using System.Text.Json;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Security;

/// <summary>Signing in with a key for a session cookie, asking who one is, signing out; and the admin's list of keys.</summary>
internal static class SessionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").WithTags("Access");
        group.MapPost("/", SignIn).RequireRateLimiting(RateLimits.Writes).Accepts<SignInRequest>("application/json")
            .WithName("SignIn").WithSummary("Trade an API key for a session cookie (HttpOnly, SameSite=Strict)");
        group.MapGet("/", WhoAmI).WithName("WhoAmI").WithSummary("The caller's user and role, and whether the server asks for keys");
        group.MapDelete("/", SignOut).WithName("SignOut").WithSummary("End the session");
        app.MapGet("/api/keys", Keys).WithTags("Access").WithMetadata(new RequiredRole(KeyRole.Admin))
            .WithName("ListKeys").WithSummary("Active keys with user and role, never the secret (admin)");
    }

    private static async Task<IResult> SignIn(HttpContext context, ServerAccess access, KeyDirectory keys, Sessions sessions)
    {
        if (access.Mode == AccessMode.Local)
        {
            return Results.Ok(new { user = Environment.UserName, role = "admin", mode = "local" });
        }

        SignInRequest? request;
        try
        {
            request = await context.Request.ReadFromJsonAsync<SignInRequest>(context.RequestAborted);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "send {\"key\": \"atk_...\"} as JSON");
        }

        if (request?.Key is not { Length: > 0 } secret || keys.BySecret(secret) is not { } key)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in", detail: "that key is not valid here");
        }

        sessions.Start(context, key.Id);
        return Results.Ok(new { user = key.User, role = key.Role.ToName(), mode = "keyed" });
    }

    private static IResult WhoAmI(HttpContext context, ServerAccess access) =>
        Caller.Of(context) is { } c
            ? Results.Ok(new { user = c.User, role = c.Role.ToName(), mode = access.Mode == AccessMode.Local ? "local" : "keyed" })
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in", detail: "no key and no session");

    private static IResult SignOut(HttpContext context, Sessions sessions)
    {
        sessions.End(context);
        return Results.NoContent();
    }

    private static IResult Keys(StoreLocation location)
    {
        using var keys = location.OpenKeys();
        return Results.Ok(keys.List(includeRevoked: false).Select(k => new { k.Id, k.User, role = k.Role.ToName(), k.Prefix, k.CreatedAt }));
    }
}
