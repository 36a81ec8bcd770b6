using System.CommandLine;
using System.Text.Json;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Corroboration;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>`armstrace disputes`: facts whose claims contradict each other, with each side's sources in date order.</summary>
internal static class DisputesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var asOf = CommonOptions.AsOf();
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 50, Description = "Disputes per page, latest activity first" };
        var offset = new Option<int>("--offset") { Description = "Disputes to skip" };
        var command = new Command("disputes", "List disputed facts: asserted or confirmed and also denied, or given clashing figures or dates; each side's sources in date order");
        foreach (var o in new Option[] { db, json, asOf, limit, offset })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => StoreCommands.WithStore(parse.GetValue(db)!, _ =>
        {
            using var facts = StoreLocation.Parse(parse.GetValue(db)!).OpenFacts();
            var disputes = facts.Disputes(AsOfDate.Normalize(parse.GetValue(asOf)), parse.GetValue(limit), parse.GetValue(offset));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(disputes, CommonOptions.JsonOutput));
                return 0;
            }

            if (disputes.Count == 0)
            {
                Console.WriteLine("No disputed facts.");
                return 0;
            }

            foreach (var d in disputes)
            {
                var f = d.Fact;
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(FactText.Name(f))}[/]: disputed ({string.Join(", ", f.Disputes)}); {f.Origins} independent sources, {f.Parties} asserting parties, {f.Claims} claims");
                foreach (var side in d.Sides)
                {
                    AnsiConsole.MarkupLine($"  [yellow]{Markup.Escape(side.Label)}[/]: {Markup.Escape(string.Join("; ", side.Claims.Select(c => $"{c.Party} ({c.Stance}, {c.Outlet ?? c.DocumentKey}, {c.Known})")))}");
                }
            }

            return 0;
        }));
        return command;
    }
}
