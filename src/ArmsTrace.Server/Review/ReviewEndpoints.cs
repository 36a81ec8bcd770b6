using System.Data.Common;
using System.Globalization;
using ArmsTrace.Server.Api;
using ArmsTrace.Server.Security;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Review;

/// <summary>The review queue, judgements on claims and entities in the caller's name, undo, orphans and the audit log.</summary>
internal static class ReviewEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Review");
        group.MapGet("/review/queue", Queue).WithName("ReviewQueue")
            .WithSummary("Claims nobody has judged, most worth a look first, each with its worth and the reasons for it");
        group.MapPost("/claims/{id:long}/judgements", Judge).WithName("JudgeClaim")
            .WithSummary("Accept, reject or edit a claim ({action, reason, edit: {type, subject, object, item, quantity, stance, source, from, to}}); recorded in the caller's name")
            .Produces<ClaimJudgement>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/judgements/{id:long}/undo", Undo).WithName("UndoJudgement")
            .WithSummary("Take a claim judgement back").Produces<ClaimJudgement>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/judgements", List).WithName("ListJudgements")
            .WithSummary("Claim judgements, newest first; of one claim with claim=ID; undone ones too with all=true");
        group.MapGet("/judgements/orphaned", Orphans).WithName("OrphanedJudgements")
            .WithSummary("Judgements whose claim the current version of its document no longer holds");
        group.MapPost("/entities/{key}/judgements", JudgeEntity).WithName("JudgeEntity")
            .WithSummary("Rename or retype an entity, or set its country or parent ({action, value, reason})")
            .Produces<EntityJudgement>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/entities/{key}/split", Split).WithName("SplitEntity")
            .WithSummary("Split a wrongly merged name off an entity ({name, into, reason}): each claim whose sentence names it so is edited to 'into'")
            .Produces<IReadOnlyList<ClaimJudgement>>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/entity-judgements/{id:long}/undo", UndoEntity).WithName("UndoEntityJudgement")
            .WithSummary("Take an entity judgement back").Produces<EntityJudgement>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/audit", Audit).WithName("AuditLog")
            .WithSummary("Every claim judgement, entity judgement and merge, oldest first; format=json (default), csv or jsonl");
    }

    private static IReadOnlyList<ReviewItem> Queue(IReviewStore review, [FromQuery] int? limit, [FromQuery] int? offset) =>
        review.Queue(Paging.Limit(limit), Paging.Offset(offset));

    private static IResult Judge(HttpContext context, IReviewStore review, long id, JudgementRequest request) => Guard(() =>
    {
        if (JudgementActions.Parse(request.Action) is not { } action)
        {
            return Problems.BadRequest($"action must be accept, reject or edit, not '{request.Action}'");
        }

        var e = request.Edit;
        var edit = e is null ? null : new ClaimEdit(e.Type, e.Subject, e.Object, e.Item, e.Quantity, e.Quantity?.ToString(CultureInfo.InvariantCulture), e.Stance, e.Source, e.From, e.To);
        var judgement = review.Judge(id, action, edit, request.Reason, User(context));
        return Results.Created($"/api/judgements?claim={judgement.ClaimId}", judgement);
    });

    private static IResult Undo(HttpContext context, IReviewStore review, long id) => Guard(() => Results.Ok(review.Undo(id, User(context))));

    private static IReadOnlyList<ClaimJudgement> List(IReviewStore review, [FromQuery] long? claim, [FromQuery] bool? all, [FromQuery] int? limit, [FromQuery] int? offset) =>
        review.Judgements(claim, all ?? false, Paging.Limit(limit), Paging.Offset(offset));

    private static IReadOnlyList<ClaimJudgement> Orphans(IReviewStore review) => review.Orphans();

    private static IResult JudgeEntity(HttpContext context, IReviewStore review, string key, EntityJudgementRequest request) => Guard(() =>
    {
        if (JudgementActions.ParseEntity(request.Action) is not { } action)
        {
            return Problems.BadRequest($"action must be rename, retype, country or parent, not '{request.Action}'");
        }

        var judgement = review.JudgeEntity(key, action, request.Value ?? string.Empty, request.Reason, User(context));
        return Results.Created($"/api/entities/{Uri.EscapeDataString(key)}", judgement);
    });

    private static IResult Split(HttpContext context, IReviewStore review, string key, SplitRequest request) => Guard(() =>
        string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrWhiteSpace(request.Into)
            ? Problems.BadRequest("a split needs the name to split off (name) and where its claims belong (into)")
            : Results.Ok(review.Split(key, request.Name, request.Into, request.Reason, User(context))));

    private static IResult UndoEntity(HttpContext context, IReviewStore review, long id) => Guard(() => Results.Ok(review.UndoEntity(id, User(context))));

    private static IResult Audit(IReviewStore review, [FromQuery] string? format)
    {
        var entries = review.Audit();
        return format switch
        {
            null or "" or "json" => Results.Ok(entries),
            "csv" => Results.File(Buffered(s => AuditLog.WriteCsv(entries, s)), "text/csv; charset=utf-8", "armstrace-audit.csv"),
            "jsonl" => Results.File(Buffered(s => AuditLog.WriteJsonLines(entries, s)), "application/x-ndjson", "armstrace-audit.jsonl"),
            _ => Problems.BadRequest($"format must be json, csv or jsonl, not '{format}'"),
        };
    }

    /// <summary>The log is already in memory, and the writers are synchronous, which Kestrel's response stream refuses.</summary>
    private static byte[] Buffered(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    private static string User(HttpContext context) => Caller.Of(context)?.User ?? Environment.UserName;

    /// <summary>
    /// A judgement the store refuses (unknown claim, bad value, already undone) is the caller's mistake, told as a 400;
    /// a database failure, which the store also reports as its own exception, stays the server's.
    /// </summary>
    private static IResult Guard(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (StoreException ex) when (ex.InnerException is not DbException)
        {
            return Problems.BadRequest(ex.Message);
        }
    }
}
