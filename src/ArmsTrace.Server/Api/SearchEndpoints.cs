using ArmsTrace.Storage;
using ArmsTrace.Storage.Searching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Api;

internal static class SearchEndpoints
{
    /// <summary>A results page shows documents and claims side by side, so pages are smaller than other lists'.</summary>
    public const int DefaultLimit = 20;

    public const int MaxLimit = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search)
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("Full-text search: current documents (title and text) and claims (evidence sentence) holding every word of q, best first, with snippets whose matched words are marked; limit and offset page both lists")
            .Produces<SearchView>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Search(IEvidenceStore store, [FromQuery] string? q, [FromQuery] int? limit, [FromQuery] int? offset)
    {
        var words = SearchText.Words(q);
        if (words.Count == 0)
        {
            return Problems.BadRequest("'q' must hold at least one word (letters or digits) to search for");
        }

        var l = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
        var o = Paging.Offset(offset);
        var found = store.Search(q!, l, o);
        return Results.Ok(new SearchView(q!.Trim(), words, o, l, found.Documents, found.DocumentsTotal, found.Claims, found.ClaimsTotal, found.DocumentsMore, found.ClaimsMore));
    }
}
