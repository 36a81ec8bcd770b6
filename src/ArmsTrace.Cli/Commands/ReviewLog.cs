using System.CommandLine;
using System.Globalization;
using ArmsTrace.Storage.Review;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>`review log`: every claim judgement, entity judgement and merge, oldest first, as a table, CSV or JSON lines.</summary>
internal static class ReviewLog
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var format = new Option<string>("--format") { Description = "table, csv or jsonl", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "jsonl");
        var command = new Command("log", "The audit log: who judged or merged what, when and why, and who undid it");
        command.Options.Add(db);
        command.Options.Add(format);
        command.SetAction(parse => ReviewCommands.WithReview(parse.GetValue(db)!, review =>
        {
            var entries = review.Audit();
            switch (parse.GetValue(format))
            {
                case "csv":
                    ListOutput.Print(s => AuditLog.WriteCsv(entries, s));
                    return 0;
                case "jsonl":
                    ListOutput.Print(s => AuditLog.WriteJsonLines(entries, s));
                    return 0;
            }

            var table = new Table().AddColumns("kind", "id", "action", "target", "detail", "reason", "by", "at", "undone");
            foreach (var e in entries)
            {
                table.AddRow(
                    e.Kind, e.Id.ToString(CultureInfo.InvariantCulture), e.Action, Markup.Escape(e.Target), Markup.Escape(e.Detail ?? "-"),
                    Markup.Escape(e.Reason ?? "-"), Markup.Escape(e.DecidedBy), e.DecidedAt, Markup.Escape(e.UndoneAt is null ? "-" : $"{e.UndoneAt} by {e.UndoneBy}"));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
