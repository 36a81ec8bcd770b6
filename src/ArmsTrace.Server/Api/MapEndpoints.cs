using ArmsTrace.Storage;
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
            .WithSummary("Located entities, countries and supply transfers between countries; limit caps each list, date range filters transfers, asOf= keeps transfers known by that date")
            .Produces<MapData>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Get(IEvidenceStore store, IEvidenceGraph graph, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] int? limit, [FromQuery] string? asOf)
    {
        if (!AsOfParameter.TryRead(asOf, out var when, out var problem))
        {
            return problem!;
        }

        var l = Paging.Limit(limit);
        var entities = store.FindEntities(null, null, 1000, 0);
        var places = new List<MapPlace>();
        var countries = new List<MapCountry>();
        foreach (var e in entities)
        {
            var kb = KnowledgeLookup.Find(e.Key);
            if (e.Type == "country")
            {
                countries.Add(new MapCountry(e.Key, e.Name, kb?.Aliases ?? [], kb?.Latitude, kb?.Longitude, e.Claims));
            }
            else if (kb is { Latitude: { } lat, Longitude: { } lon })
            {
                places.Add(new MapPlace(e.Key, e.Name, e.Type, lat, lon, e.Claims, KnowledgeLookup.CountryOf(e.Key, e.Type)));
            }
        }

        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            types[e.Key] = e.Type;
        }

        var transfers = new Dictionary<(string, string), (EntityLink From, EntityLink To, List<StoredClaim> Claims)>();
        foreach (var claim in graph.FindClaims(new ClaimQuery(["supply"], From: from, To: to, Limit: 1000, AsOf: when)))
        {
            if (claim.ObjectKey is null)
            {
                continue;
            }

            var a = KnowledgeLookup.CountryOf(claim.SubjectKey, types.GetValueOrDefault(claim.SubjectKey, ""));
            var b = KnowledgeLookup.CountryOf(claim.ObjectKey, types.GetValueOrDefault(claim.ObjectKey, ""));
            if (a is null || b is null || a.Key == b.Key)
            {
                continue;
            }

            if (!transfers.TryGetValue((a.Key, b.Key), out var t))
            {
                t = transfers[(a.Key, b.Key)] = (a, b, []);
            }

            t.Claims.Add(claim);
        }

        var transferList = transfers.Values
            .Select(t => new MapTransfer(
                t.From,
                t.To,
                t.Claims.Count,
                [.. t.Claims.Select(c => c.ItemName).OfType<string>().Distinct(StringComparer.Ordinal)],
                [.. t.Claims.Select(c => c.Stance).Distinct(StringComparer.Ordinal)],
                [.. t.Claims.Select(c => c.Id)]))
            .OrderByDescending(t => t.Claims)
            .ToList();
        var hasMore = places.Count > l || countries.Count > l || transferList.Count > l;
        return Results.Ok(new MapData([.. places.Take(l)], [.. countries.Take(l)], [.. transferList.Take(l)], hasMore));
    }
}
