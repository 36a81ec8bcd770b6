using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Origins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Api;

/// <summary>Corroboration per fact, stance timelines, disputes, document origins and the dates the as-of slider spans.</summary>
internal static class FactEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Facts");
        group.MapGet("/facts", Facts)
            .WithName("ListFacts")
            .WithSummary("Facts (subject, type, target) with independent origins, asserting parties, first and last seen and stance mix, strongest first; entity= limits to an entity's facts, minSources= to facts corroborated by at least that many independent origins, disputed=true to disputed ones, asOf= to claims known by that date")
            .Produces<Page<FactSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/facts/timeline", Timeline)
            .WithName("GetFactTimeline")
            .WithSummary("One fact's claims in the order they became known, with stance, asserting party and outlet, and its corroboration; target may be left out for facts without one")
            .Produces<FactTimeline>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/disputes", Disputes)
            .WithName("ListDisputes")
            .WithSummary("Disputed facts (asserted or confirmed and also denied, or clashing figures or dates), latest activity first, with each side's claims in date order")
            .Produces<Page<Dispute>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/documents/{key}/origin", Origin)
            .WithName("GetDocumentOrigin")
            .WithSummary("The origin a document belongs to (its own story, a near-duplicate of another, or a news agency it declares) and the other documents in it")
            .Produces<DocumentOrigin>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/graph/dates", (IFactGraph facts) => facts.Dates())
            .WithName("GetGraphDates")
            .WithSummary("The first and last day a document became known: the range of the as-of slider")
            .Produces<KnownSpan>();
    }

    private static IResult Facts(
        IFactGraph facts,
        [FromQuery] string? entity,
        [FromQuery] int? minSources,
        [FromQuery] bool? disputed,
        [FromQuery] string? asOf,
        [FromQuery] int? limit,
        [FromQuery] int? offset)
    {
        if (!AsOfParameter.TryRead(asOf, minSources, out var when, out var problem))
        {
            return problem!;
        }

        var l = Paging.Limit(limit);
        var o = Paging.Offset(offset);
        var query = new FactQuery(string.IsNullOrWhiteSpace(entity) ? null : entity.Trim(), AsOf: when, MinSources: minSources, DisputedOnly: disputed ?? false, Limit: l + 1, Offset: o);
        return Results.Ok(Paging.From(facts.Facts(query), o, l));
    }

    private static IResult Timeline(IFactGraph facts, [FromQuery] string? subject, [FromQuery] string? type, [FromQuery] string? target, [FromQuery] string? asOf)
    {
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(type))
        {
            return Problems.BadRequest("'subject' and 'type' are required");
        }

        if (!AsOfParameter.TryRead(asOf, out var when, out var problem))
        {
            return problem!;
        }

        var key = new FactKey(subject.Trim(), type.Trim(), string.IsNullOrWhiteSpace(target) ? null : target.Trim());
        var fact = facts.Fact(key, when);
        return fact is null
            ? Problems.NotFound($"no claim known{(when is null ? string.Empty : " by " + when)} for {key.SubjectKey} {key.Type} {key.TargetKey ?? "(no target)"}")
            : Results.Ok(new FactTimeline(fact, facts.Timeline(key, when)));
    }

    private static IResult Disputes(IFactGraph facts, [FromQuery] string? asOf, [FromQuery] int? limit, [FromQuery] int? offset)
    {
        if (!AsOfParameter.TryRead(asOf, out var when, out var problem))
        {
            return problem!;
        }

        var l = Math.Clamp(limit ?? Paging.DefaultLimit, 1, 100);
        var o = Paging.Offset(offset);
        return Results.Ok(Paging.From(facts.Disputes(when, l + 1, o), o, l));
    }

    private static IResult Origin(IFactGraph facts, string key) =>
        facts.Origin(key) is { } origin ? Results.Ok(origin) : Problems.NotFound($"no document '{key}'");
}
