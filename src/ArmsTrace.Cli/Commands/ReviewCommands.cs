using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Review;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>
/// `review`: the queue of claims most worth a look, and accept, reject, edit and undo by id, each
/// stored as a judgement in the user's name that survives re-ingest and re-extraction.
/// </summary>
internal static class ReviewCommands
{
    public static Command Create()
    {
        var command = new Command("review", "Judge extracted claims: a queue of the claims most worth a look, accept, reject or edit by id, undo, orphaned judgements and the audit log");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Verdict("accept", JudgementAction.Accept, "Mark a claim as checked and right"));
        command.Subcommands.Add(Verdict("reject", JudgementAction.Reject, "Hide a wrong claim from the reviewed graph (kept, and shown with --raw)"));
        command.Subcommands.Add(Edit());
        command.Subcommands.Add(Undo());
        command.Subcommands.Add(Orphans());
        command.Subcommands.Add(ReviewLog.Create());
        command.Subcommands.Add(EntityJudgementCommands.Judge());
        command.Subcommands.Add(EntityJudgementCommands.Undo());
        command.Subcommands.Add(EntityJudgementCommands.Split());
        return command;
    }

    /// <summary>Who a judgement is recorded for: the operating-system user unless --by names someone.</summary>
    public static Option<string> By() => new("--by") { Description = "Who decides (default: the operating-system user)", DefaultValueFactory = _ => Environment.UserName };

    public static int WithReview(string db, Func<IReviewStore, int> action)
    {
        if (StoreCommands.MissingDatabase(db) is { } missing)
        {
            return missing;
        }

        try
        {
            using var review = StoreLocation.Parse(db).OpenReview();
            return action(review);
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }

    private static Command List()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 20, Description = "Claims to show" };
        var offset = new Option<int>("--offset") { Description = "Claims to skip" };
        var command = new Command("list", "Claims nobody has judged, most worth a look first (low confidence, disputed, single source, unknown entity, hub), with the reasons");
        foreach (var o in new Option[] { db, json, limit, offset })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => WithReview(parse.GetValue(db)!, review =>
        {
            var items = review.Queue(parse.GetValue(limit), parse.GetValue(offset));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(items, CommonOptions.JsonOutput));
                return 0;
            }

            var table = new Table().AddColumns("id", "worth", "claim", "stance", "evidence", "why");
            foreach (var i in items)
            {
                var c = i.Claim;
                table.AddRow(
                    c.Id.ToString(CultureInfo.InvariantCulture),
                    i.Worth.ToString("0.00", CultureInfo.InvariantCulture),
                    Markup.Escape($"{c.SubjectName} [{c.Type}] {c.ObjectName}"),
                    c.Stance,
                    Markup.Escape($"{TerminalText.Evidence(c.EvidenceText)} [{c.DocumentKey}]"),
                    Markup.Escape(string.Join("; ", i.Reasons) + (c.Basis is null ? string.Empty : $" ({c.Basis})")));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"accept, reject or edit by id: `armstrace review accept ID`; {items.Count} shown");
            return 0;
        }));
        return command;
    }

    private static Command Verdict(string name, JudgementAction action, string description)
    {
        var id = new Argument<long>("ID") { Description = "Claim id, as `review list` and `claims` show" };
        var reason = new Option<string?>("--reason") { Description = "Why (stored with the judgement)" };
        var by = By();
        var db = CommonOptions.Database();
        var command = new Command(name, description);
        command.Arguments.Add(id);
        foreach (var o in new Option[] { reason, by, db })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => WithReview(parse.GetValue(db)!, review =>
        {
            var j = review.Judge(parse.GetValue(id), action, null, parse.GetValue(reason), parse.GetValue(by)!);
            Console.WriteLine($"judgement {j.Id}: {j.Action.ToName()} claim {j.ClaimId} by {j.DecidedBy}; undo with `armstrace review undo {j.Id}`");
            return 0;
        }));
        return command;
    }

    private static Command Edit()
    {
        var id = new Argument<long>("ID") { Description = "Claim id, as `review list` and `claims` show" };
        var type = new Option<string?>("--type") { Description = "New claim type" };
        var subject = new Option<string?>("--subject") { Description = "Entity key or name, or new:TYPE:NAME" };
        var obj = new Option<string?>("--object") { Description = "Entity key or name, or new:TYPE:NAME" };
        var item = new Option<string?>("--item") { Description = "Entity key or name, or new:TYPE:NAME" };
        var quantity = new Option<decimal?>("--quantity") { Description = "How many" };
        var stance = new Option<string?>("--stance") { Description = "asserted, confirmed, alleged, reported, unconfirmed, denied, intended, possible" };
        var source = new Option<string?>("--source") { Description = "Who asserts it: entity key or name" };
        var from = new Option<string?>("--from") { Description = "When it began: YYYY, YYYY-MM or YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "When it ended: YYYY, YYYY-MM or YYYY-MM-DD" };
        var reason = new Option<string?>("--reason") { Description = "Why (stored with the judgement)" };
        var by = By();
        var db = CommonOptions.Database();
        var command = new Command("edit", "Correct a claim; the extracted one is kept and shown with --raw, the correction replaces it in the reviewed graph");
        command.Arguments.Add(id);
        foreach (var o in new Option[] { type, subject, obj, item, quantity, stance, source, from, to, reason, by, db })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => WithReview(parse.GetValue(db)!, review =>
        {
            var q = parse.GetValue(quantity);
            var edit = new ClaimEdit(
                parse.GetValue(type), parse.GetValue(subject), parse.GetValue(obj), parse.GetValue(item), q, q?.ToString(CultureInfo.InvariantCulture),
                parse.GetValue(stance), parse.GetValue(source), parse.GetValue(from), parse.GetValue(to));
            var j = review.Judge(parse.GetValue(id), JudgementAction.Edit, edit, parse.GetValue(reason), parse.GetValue(by)!);
            Console.WriteLine($"judgement {j.Id}: edit claim {j.ClaimId} by {j.DecidedBy}; undo with `armstrace review undo {j.Id}`");
            return 0;
        }));
        return command;
    }

    private static Command Undo()
    {
        var id = new Argument<long>("JUDGEMENT") { Description = "Judgement id, as the judgement's own message and `review log` show" };
        var by = By();
        var db = CommonOptions.Database();
        var command = new Command("undo", "Take a claim judgement back; the claim shows what the judgements still in force say");
        command.Arguments.Add(id);
        command.Options.Add(by);
        command.Options.Add(db);
        command.SetAction(parse => WithReview(parse.GetValue(db)!, review =>
        {
            var j = review.Undo(parse.GetValue(id), parse.GetValue(by)!);
            Console.WriteLine($"judgement {j.Id} ({j.Action.ToName()} claim {j.ClaimId}) undone by {j.UndoneBy}");
            return 0;
        }));
        return command;
    }

    private static Command Orphans()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("orphans", "Judgements whose claim the current version of its document no longer holds");
        command.Options.Add(db);
        command.Options.Add(json);
        command.SetAction(parse => WithReview(parse.GetValue(db)!, review =>
        {
            var orphans = review.Orphans();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(orphans, CommonOptions.JsonOutput));
                return 0;
            }

            var table = new Table().AddColumns("judgement", "action", "claim", "document", "evidence", "by", "at");
            foreach (var j in orphans)
            {
                table.AddRow(
                    j.Id.ToString(CultureInfo.InvariantCulture), j.Action.ToName(), Markup.Escape($"{j.ClaimType} {j.SubjectKey} -> {j.ObjectKey ?? "-"}"),
                    Markup.Escape(j.DocumentKey), Markup.Escape(TerminalText.Evidence(j.EvidenceText)), Markup.Escape(j.DecidedBy), j.DecidedAt);
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{orphans.Count} orphaned judgements");
            return 0;
        }));
        return command;
    }
}
