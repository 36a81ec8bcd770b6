using ArmsTrace.Core.Entities;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Api;

internal static class EntityEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities").WithTags("Entities");
        group.MapGet("/", Search)
            .WithName("SearchEntities")
            .WithSummary("Type-ahead search over entity names and the texts they are mentioned by, most claims first");
        group.MapGet("/{key}", Get)
            .WithName("GetEntity")
            .WithSummary("An entity's dossier: names, type, parent, country, location, its facts with their corroboration (the 100 strongest), and a page of its claims grouped by type; follow 'next' with after= for the next page (paged in the database); asOf= as known on that date")
            .Produces<EntityView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Page<StoredEntity> Search(IEvidenceStore store, [FromQuery] string? q, [FromQuery] string? type, [FromQuery] int? limit, [FromQuery] int? offset)
    {
        var l = Paging.Limit(limit);
        var o = Paging.Offset(offset);
        EntityType? t = string.IsNullOrWhiteSpace(type) ? null : EntityTypeNames.Parse(type);
        return Paging.From(store.FindEntities(q, t, l + 1, o), o, l);
    }

    private static IResult Get(IEvidenceStore store, IEvidenceGraph graph, IFactGraph facts, KnowledgeLookup knowledge, string key, [FromQuery] int? limit, [FromQuery] int? offset, [FromQuery] string? after, [FromQuery] string? asOf)
    {
        if (!AsOfParameter.TryRead(asOf, out var when, out var problem))
        {
            return problem!;
        }

        var profile = store.Profile(key);
        if (profile is null)
        {
            return Problems.NotFound($"no entity '{key}'");
        }

        var l = Paging.Limit(limit);
        var o = Paging.Offset(offset);
        var e = profile.Entity;
        ClaimPage page;
        try
        {
            page = graph.EntityClaims(e.Key, l, after, o, when);
        }
        catch (FormatException ex)
        {
            return Problems.BadRequest(ex.Message);
        }

        var kb = knowledge.Find(e.Key);

        // An analyst's country or parent (a review judgement) outranks the knowledge base's.
        string[] judgedKeys = [.. new[] { e.CountryKey, e.ParentKey }.OfType<string>()];
        var judged = (judgedKeys.Length == 0 ? [] : graph.Entities(judgedKeys)).ToDictionary(x => x.Key, StringComparer.Ordinal);
        EntityLink? Judged(string? key) => key is not null && judged.TryGetValue(key, out var j) ? new EntityLink(j.Key, j.Name) : null;
        var groups = page.Claims.GroupBy(c => c.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ClaimGroup(g.Key, [.. g])).ToList();
        return Results.Ok(new EntityView(
            e.Key,
            e.Name,
            e.Type,
            profile.Names,
            kb?.Aliases ?? [],
            Judged(e.ParentKey) ?? knowledge.Link(kb?.Parent),
            Judged(e.CountryKey) ?? knowledge.CountryOf(e.Key, e.Type),
            kb?.Latitude,
            kb?.Longitude,
            e.Claims,
            groups,
            facts.Facts(new FactQuery(EntityKey: e.Key, AsOf: when, Limit: 100)),
            o,
            l,
            page.Next));
    }
}
