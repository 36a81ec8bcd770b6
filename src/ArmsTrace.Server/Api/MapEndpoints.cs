using ArmsTrace.Storage;
using ArmsTrace.Storage.Exports;
using ArmsTrace.Storage.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Api;

internal static class MapEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/map", Get)
            .WithTags("Map")
            .WithName("GetMap")
            .WithSummary("Located entities, countries and supply transfers between countries (denials apart, marked denied); limit caps each list, date range filters transfers, asOf= keeps transfers known by that date")
            .Produces<MapData>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/map/route", Route)
            .WithTags("Map")
            .WithName("GetMapRoute")
            .WithSummary("The supply claims behind one transfer of the map, with their evidence: source and target are the two countries' keys, denied=true the denials between them; the map's date range and asOf= apply")
            .Produces<IReadOnlyList<StoredClaim>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Get(IEvidenceStore store, IEvidenceGraph graph, KnowledgeLookup knowledge, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] int? limit, [FromQuery] string? asOf)
    {
        if (Problem(from, to, asOf, out var when) is { } problem)
        {
            return problem;
        }

        var l = Paging.Limit(limit);
        var geography = new MapGeography(store.FindEntities(null, null, 1000, 0), knowledge);
        var places = new List<MapPlace>();
        var countries = new List<MapCountry>();
        foreach (var e in geography.Entities)
        {
            var kb = knowledge.Find(e.Key);
            if (e.Type == "country")
            {
                countries.Add(new MapCountry(e.Key, e.Name, kb?.Aliases ?? [], kb?.Latitude, kb?.Longitude, e.Claims));
            }
            else if (kb is { Latitude: { } lat, Longitude: { } lon })
            {
                places.Add(new MapPlace(e.Key, e.Name, e.Type, lat, lon, e.Claims, geography.CountryOf(e.Key)));
            }
        }

        var transfers = MapRoutes.Read(graph, geography, from, to, when)
            .Select(r => new MapTransfer(
                r.Value.From,
                r.Value.To,
                r.Value.Claims.Count,
                [.. r.Value.Claims.Select(c => c.ItemName).OfType<string>().Distinct(StringComparer.Ordinal)],
                [.. r.Value.Claims.Select(c => c.Stance).Distinct(StringComparer.Ordinal)],
                [.. r.Value.Claims.Select(c => c.Id)],
                r.Key.Denied))
            .OrderByDescending(t => t.Claims)
            .ToList();
        var hasMore = places.Count > l || countries.Count > l || transfers.Count > l;
        return Results.Ok(new MapData([.. places.Take(l)], [.. countries.Take(l)], [.. transfers.Take(l)], hasMore));
    }

    private static IResult Route(
        IEvidenceStore store,
        IEvidenceGraph graph,
        KnowledgeLookup knowledge,
        [FromQuery] string? source,
        [FromQuery] string? target,
        [FromQuery] bool? denied,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? asOf)
    {
        if (Problem(from, to, asOf, out var when) is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(target))
        {
            return Problems.BadRequest("'source' and 'target' (two countries' keys) are required");
        }

        var routes = MapRoutes.Read(graph, new MapGeography(store.FindEntities(null, null, 1000, 0), knowledge), from, to, when);
        return Results.Ok(routes.TryGetValue((source, target, denied ?? false), out var route) ? route.Claims : []);
    }

    /// <summary>A 400 for a date that is not one, so a mistyped range says so instead of emptying the map.</summary>
    private static IResult? Problem(string? from, string? to, string? asOf, out string? when)
    {
        if (!AsOfParameter.TryRead(asOf, out when, out var problem))
        {
            return problem;
        }

        return ExportFilters.Problem(new ExportQuery(From: from, To: to)) is { } dates ? Problems.BadRequest(dates) : null;
    }
}
