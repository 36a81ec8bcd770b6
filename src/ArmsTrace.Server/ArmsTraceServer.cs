using ArmsTrace.Server.Api;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Graph;
using Microsoft.AspNetCore.Builder;
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
        builder.Logging.ClearProviders();
        if (!settings.Quiet)
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        }

        // Open once up front so a new database gets its schema before the read-only graph connections need it.
        var location = StoreLocation.Parse(settings.Database);
        location.OpenEvidenceStore().Dispose();
        builder.Services.AddScoped<IEvidenceStore>(_ => location.OpenEvidenceStore());
        builder.Services.AddSingleton<IEvidenceGraph>(_ => location.OpenGraph());
        builder.Services.AddSingleton<IngestService>();
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
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi("/openapi/{documentName}.json");
        EntityEndpoints.Map(app);
        ClaimEndpoints.Map(app);
        DocumentEndpoints.Map(app);
        GraphEndpoints.Map(app);
        MapEndpoints.Map(app);
        ExportEndpoints.Map(app);
        app.MapGet("/api/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
        return app;
    }

    /// <summary>The addresses Kestrel actually bound, with real ports when port 0 was asked for; valid after start.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var feature = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        return [.. feature?.Addresses ?? []];
    }
}
