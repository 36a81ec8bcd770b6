using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Ingest;

internal static class JobEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs/{id}", Get)
            .WithTags("Documents")
            .WithName("GetIngestJob")
            .WithSummary("A posted document's progress: queued, running, done (with what was stored) or failed (with why)")
            .Produces<IngestJobView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Get(IngestQueue queue, string id) =>
        queue.Find(id) is { } job ? Results.Ok(job.View()) : Api.Problems.NotFound($"no job '{id}' (the last {IngestQueue.Remembered} are kept)");
}
