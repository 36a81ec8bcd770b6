using ArmsTrace.Storage;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Exports;
using ArmsTrace.Storage.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Api;

internal static class GraphEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/graph").WithTags("Graph");
        group.MapGet("/neighbourhood/{key}", Neighbourhood)
            .WithName("GetNeighbourhood")
            .WithSummary("Entities within depth hops of an entity and the claims joining them, also counted as one edge per subject, target and type (with its stances, the strongest, and whether affirmed and denied at once); filter by claim types, stances, asserting source and date range (a misspelt type or stance, or a bad date, is a 400); limit caps the nodes (most connected first), maxClaims the claims (those touching the centre first, at most 900), and the answer says how many of each were left out; asOf= draws the graph as known on that date, minSources= only facts with at least that many independent origins, and 'facts' gives each edge's corroboration")
            .Produces<NeighbourhoodView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/paths", Paths)
            .WithName("FindPaths")
            .WithSummary("Shortest paths between two entities through supply, manufacture, sponsor and part_of claims (or the given types), never through a denied claim unless includeDenied=true, through claims known by asOf= when given; each hop lists the claims it rests on")
            .Produces<Page<GraphPath>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Neighbourhood(
        IEvidenceStore store,
        IEvidenceGraph graph,
        IFactGraph facts,
        string key,
        [FromQuery] int? depth,
        [FromQuery] string? types,
        [FromQuery] string? stances,
        [FromQuery] string? source,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] int? limit,
        [FromQuery] int? maxClaims,
        [FromQuery] string? asOf,
        [FromQuery] int? minSources)
    {
        if (!AsOfParameter.TryRead(asOf, minSources, out var when, out var problem))
        {
            return problem!;
        }

        if (ExportFilters.Problem(new ExportQuery(null, depth ?? 1, Paging.List(types), Paging.List(stances), from, to)) is { } filterProblem)
        {
            return Problems.BadRequest(filterProblem);
        }

        var resolved = EntityKeys.Resolve(store, graph, key);
        if (resolved is null)
        {
            return Problems.NotFound($"no entity '{key}'");
        }

        string? sourceKey = null;
        if (!string.IsNullOrWhiteSpace(source) && (sourceKey = EntityKeys.Resolve(store, graph, source.Trim())) is null)
        {
            return Problems.NotFound($"no entity '{source}' to filter by source");
        }

        var query = new NeighbourhoodQuery(
            depth ?? 1,
            Paging.List(types),
            Paging.List(stances),
            from,
            to,
            Math.Clamp(limit ?? 150, 1, Paging.MaxLimit),
            Math.Clamp(maxClaims ?? NeighbourhoodQuery.DefaultMaxClaims, 1, NeighbourhoodQuery.MostClaims),
            when,
            minSources,
            sourceKey);
        return Results.Ok(NeighbourhoodView.Of(graph.Neighbourhood(resolved, query), facts, when));
    }

    private static IResult Paths(
        IEvidenceStore store,
        IEvidenceGraph graph,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? types,
        [FromQuery] int? maxDepth,
        [FromQuery] int? limit,
        [FromQuery] int? offset,
        [FromQuery] string? asOf,
        [FromQuery] bool? includeDenied)
    {
        if (!AsOfParameter.TryRead(asOf, out var when, out var problem))
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            return Problems.BadRequest("'from' and 'to' are required");
        }

        if (ExportFilters.Problem(new ExportQuery(Types: Paging.List(types))) is { } typeProblem)
        {
            return Problems.BadRequest(typeProblem);
        }

        var a = EntityKeys.Resolve(store, graph, from);
        var b = EntityKeys.Resolve(store, graph, to);
        if (a is null || b is null)
        {
            return Problems.NotFound($"no entity '{(a is null ? from : to)}'");
        }

        var l = Math.Clamp(limit ?? 10, 1, 100);
        var o = Paging.Offset(offset);
        var paths = graph.Paths(a, b, new PathQuery(Paging.List(types), maxDepth ?? 4, l + 1, o, when, includeDenied ?? false));
        return Results.Ok(Paging.From(paths, o, l));
    }
}
