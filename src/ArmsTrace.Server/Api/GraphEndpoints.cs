using ArmsTrace.Storage;
using ArmsTrace.Storage.Corroboration;
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
            .WithSummary("Entities within depth hops of an entity and the claims joining them; filter by claim types, stances and date range; limit caps the nodes (most connected first), maxClaims the claims (those touching the centre first, at most 900), and the answer says how many of each were left out; asOf= draws the graph as known on that date, minSources= only facts with at least that many independent origins, and 'facts' gives each edge's corroboration")
            .Produces<NeighbourhoodView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/paths", Paths)
            .WithName("FindPaths")
            .WithSummary("Shortest paths between two entities through supply, manufacture, sponsor and part_of claims (or the given types), through claims known by asOf= when given")
            .Produces<Page<GraphPath>>()
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

        var resolved = EntityKeys.Resolve(store, graph, key);
        if (resolved is null)
        {
            return Problems.NotFound($"no entity '{key}'");
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
            minSources);
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
        [FromQuery] string? asOf)
    {
        if (!AsOfParameter.TryRead(asOf, out var when, out var problem))
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            return Problems.BadRequest("'from' and 'to' are required");
        }

        var a = EntityKeys.Resolve(store, graph, from);
        var b = EntityKeys.Resolve(store, graph, to);
        if (a is null || b is null)
        {
            return Problems.NotFound($"no entity '{(a is null ? from : to)}'");
        }

        var l = Math.Clamp(limit ?? 10, 1, 100);
        var o = Paging.Offset(offset);
        var paths = graph.Paths(a, b, new PathQuery(Paging.List(types), maxDepth ?? 4, l + 1, o, when));
        return Results.Ok(Paging.From(paths, o, l));
    }
}
