using ArmsTrace.Storage;
using ArmsTrace.Storage.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Api;

internal static class ClaimEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/claims", List)
            .WithTags("Claims")
            .WithName("ListClaims")
            .WithSummary("Claims filtered by type and stance (comma-separated lists), entity in any role, subject, target (object, else item: one network edge), source, and date range (YYYY[-MM[-DD]]); asOf= shows only claims known by that date, minSources= only those whose fact has at least that many independent origins")
            .Produces<Page<StoredClaim>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult List(
        IEvidenceGraph graph,
        [FromQuery] string? type,
        [FromQuery] string? entity,
        [FromQuery] string? subject,
        [FromQuery] string? target,
        [FromQuery] string? stance,
        [FromQuery] string? source,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] int? limit,
        [FromQuery] int? offset,
        [FromQuery] string? asOf,
        [FromQuery] int? minSources)
    {
        if (!AsOfParameter.TryRead(asOf, minSources, out var when, out var problem))
        {
            return problem!;
        }

        var l = Paging.Limit(limit);
        var o = Paging.Offset(offset);
        var rows = graph.FindClaims(new ClaimQuery(Paging.List(type), entity, Paging.List(stance), source, from, to, l + 1, o, when, minSources, subject, target));
        return Results.Ok(Paging.From(rows, o, l));
    }
}
