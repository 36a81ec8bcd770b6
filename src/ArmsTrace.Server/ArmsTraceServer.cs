using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Server.Api;
using ArmsTrace.Server.Ingest;
using ArmsTrace.Server.Review;
using ArmsTrace.Server.Security;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArmsTrace.Server;

/// <summary>Builds the HTTP server: JSON API under /api, OpenAPI at /openapi/v1.json, pages from the web root.</summary>
internal static class ArmsTraceServer
{
    public static WebApplication Create(ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var webRoot = settings.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Directory.Exists(webRoot) ? webRoot : null,
        });
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Logging.ClearProviders();
        if (!settings.Quiet)
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        }

        // Open once up front so a new database gets its schema before the read-only graph connections need it.
        var location = StoreLocation.Parse(settings.Database);
        location.OpenEvidenceStore().Dispose();
        var mode = Mode(location, settings);
        builder.Services.AddSingleton(location);
        builder.Services.AddSingleton(new ServerAccess(mode));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KeyDirectory>();
        builder.Services.AddSingleton<Sessions>();
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        RateLimits.Add(builder.Services, settings);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IEvidenceStore>(sp => location.OpenEvidenceStoreAsMigrated(RequestView.Of(sp)));
        builder.Services.AddSingleton(_ => new GraphSource(location.OpenGraph()));
        builder.Services.AddScoped(sp => sp.GetRequiredService<GraphSource>().Graph.In(RequestView.Of(sp)));
        builder.Services.AddScoped(_ => location.OpenReview(migrate: false));
        builder.Services.AddSingleton<IFactGraph>(_ => location.OpenFacts());
        builder.Services.AddSingleton(_ => PipelineResources.WithUserFolders(Environment.GetEnvironmentVariable(KnowledgeBase.UserFoldersVariable)));
        builder.Services.AddSingleton(sp => new KnowledgeLookup(sp.GetRequiredService<PipelineResources>().KnowledgeBase));
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddSingleton<IngestQueue>();
        builder.Services.AddHostedService<IngestWorker>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // Pages load only their own scripts, so even a slip in escaping cannot run injected code.
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            context.Response.Headers.XContentTypeOptions = "nosniff";

            // No other site may frame the pages (clickjacking) or learn which entity an analyst was reading from the Referer.
            context.Response.Headers.XFrameOptions = "DENY";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        app.UseMiddleware<AccessMiddleware>();
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi("/openapi/{documentName}.json");
        EntityEndpoints.Map(app);
        ClaimEndpoints.Map(app);
        DocumentEndpoints.Map(app);
        SearchEndpoints.Map(app);
        GraphEndpoints.Map(app);
        MapEndpoints.Map(app);
        ExportEndpoints.Map(app);
        FactEndpoints.Map(app);
        SessionEndpoints.Map(app);
        JobEndpoints.Map(app);
        ReviewEndpoints.Map(app);
        app.MapGet("/api/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Keyed once any key is active; otherwise local, which must not listen beyond this machine:
    /// the graph would be open to anyone who can reach the port.
    /// </summary>
    /// <exception cref="ServerSetupException">No keys, and an address other machines can reach.</exception>
    private static AccessMode Mode(StoreLocation location, ServerSettings settings)
    {
        using var keys = location.OpenKeys();
        if (keys.AnyActive())
        {
            return AccessMode.Keyed;
        }

        var exposed = Loopback.Exposed(settings.Urls);
        if (exposed.Count > 0)
        {
            throw new ServerSetupException(
                $"{string.Join(", ", exposed)} would let other machines read and change the graph, and {location.Display} has no API keys. " +
                $"Make one for each person first (`armstrace keys add --user NAME --role reader|analyst|admin --db {location.Display}`); " +
                "then every API call needs a key. Or listen on 127.0.0.1 only.");
        }

        return AccessMode.Local;
    }

    /// <summary>The addresses Kestrel actually bound, with real ports when port 0 was asked for; valid after start.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var feature = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        return [.. feature?.Addresses ?? []];
    }
}
