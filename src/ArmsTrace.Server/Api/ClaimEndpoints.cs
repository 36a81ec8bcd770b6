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
            .WithSummary("Claims filtered by type and stance (comma-separated lists), entity in any role, source, and date range (YYYY[-MM[-DD]])")
            .Produces<Page<StoredClaim>>();
    }

    private static Page<StoredClaim> List(
        IEvidenceGraph graph,
        [FromQuery] string? type,
        [FromQuery] string? entity,
        [FromQuery] string? stance,
        [FromQuery] string? source,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] int? limit,
        [FromQuery] int? offset)
    {
        var l = Paging.Limit(limit);
        var o = Paging.Offset(offset);
        var rows = graph.FindClaims(new ClaimQuery(Paging.List(type), entity, Paging.List(stance), source, from, to, l + 1, o));
        return Paging.From(rows, o, l);
    }
}
