using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;
using ArmsTrace.Server.Ingest;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Api;

internal static class DocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/", List).WithName("ListDocuments").WithSummary("Current document versions, newest first");
        group.MapGet("/{key}", Get)
            .WithName("GetDocument")
            .WithSummary("A document's text with its mentions, claims and boilerplate as raw-text offsets")
            .Produces<DocumentView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Ingest)
            .RequireRateLimiting(Security.RateLimits.Writes)
            .Accepts<IngestRequest>("application/json", "text/html")
            .WithName("IngestDocument")
            .WithSummary("Queue a document for extraction: JSON, or an HTML page as text/html with key (and title, url, outlet, published) in the query; HTML in JSON is read as a page too. Answers 202 with the job (follow /api/jobs/{id}); with wait=true, answers when it is stored, 201 or 200 when unchanged or its metadata was corrected")
            .Produces<IngestJobView>(StatusCodes.Status202Accepted)
            .Produces<IngestResponse>(StatusCodes.Status201Created)
            .Produces<IngestResponse>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapDelete("/{key}", Delete)
            .RequireRateLimiting(Security.RateLimits.Writes)
            .WithName("DeleteDocument")
            .WithSummary("Remove a document (every version) with its mentions and claims; judgements on its claims become orphans; recorded in the audit log")
            .Produces<DocumentDeletion>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Delete(HttpContext http, IEvidenceStore store, string key, [FromQuery] string? reason) =>
        store.Delete(key, reason, Security.Caller.Of(http)?.User ?? "anonymous") is { } deletion
            ? Results.Ok(deletion)
            : Problems.NotFound($"no document '{key}'");

    private static Page<DocumentSummary> List(IEvidenceGraph graph, [FromQuery] int? limit, [FromQuery] int? offset)
    {
        var l = Paging.Limit(limit);
        var o = Paging.Offset(offset);
        return Paging.From(graph.Documents(l + 1, o), o, l);
    }

    private static IResult Get(IEvidenceGraph graph, string key)
    {
        var doc = graph.Document(key);
        if (doc is null)
        {
            return Problems.NotFound($"no document '{key}'");
        }

        var reading = new AnalysisContext(new SourceDocument(doc.Text, new DocumentMetadata(doc.Key)));
        new ReadingStage().Run(reading);
        var boilerplate = reading.Clean.Boilerplate.Select(s => reading.Clean.ToRaw(s)).Select(s => new TextRange(s.Start, s.End)).ToList();
        return Results.Ok(new DocumentView(doc.Key, doc.Version, doc.Title, doc.Url, doc.Outlet, doc.Published, doc.Text, doc.Mentions, doc.Claims, boilerplate));
    }

    private static async Task<IResult> Ingest(HttpRequest http, IngestQueue queue, [FromQuery] bool wait = false)
    {
        // Read here rather than bound by the framework, whose 400 for a malformed body says nothing about what is wrong.
        var (document, problem, status) = await PostedDocuments.ReadAsync(http);
        if (document is null)
        {
            return status == StatusCodes.Status415UnsupportedMediaType
                ? Results.Problem(statusCode: status, title: "Unsupported media type", detail: problem)
                : Problems.BadRequest(problem!);
        }

        var job = queue.TryEnqueue(document, Security.Caller.Of(http.HttpContext)?.User ?? "anonymous");
        if (job is null)
        {
            http.HttpContext.Response.Headers.RetryAfter = "5";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Queue full", detail: $"{IngestQueue.Capacity} documents are waiting to be extracted; post again shortly");
        }

        var location = $"/api/jobs/{job.Id}";
        if (!wait)
        {
            return Results.Accepted(location, job.View());
        }

        await job.Finished.WaitAsync(http.HttpContext.RequestAborted);
        if (job.Result is not { } body)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not stored", detail: job.Error);
        }

        return body.Outcome is "unchanged" or "metadata_updated"
            ? Results.Ok(body)
            : Results.Created($"/api/documents/{Uri.EscapeDataString(body.Key)}", body);
    }
}
