using System.CommandLine;
using System.Globalization;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Storage;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>`armstrace demo`: builds the graph of the bundled demo corpus into a local SQLite file (or the database --db names) and summarises it.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database("armstrace-demo.db");
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder of demo documents (default: the corpus bundled next to the program)",
            DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "demo"),
        };
        var noServe = new Option<bool>("--no-serve") { Description = "Build and summarise only; do not start the web server" };
        var urls = ServeCommand.Urls();
        var command = new Command("demo", "Build the evidence graph of the bundled demo corpus, print a summary and serve it on the web");
        command.Options.Add(db);
        command.Options.Add(corpus);
        command.Options.Add(noServe);
        command.Options.Add(urls);
        command.SetAction(parse =>
        {
            var built = StoreCommands.WithWritableStore(parse.GetValue(db)!, store =>
            {
                var folder = parse.GetValue(corpus)!;
                var location = StoreLocation.Parse(parse.GetValue(db)!);
                using var sharing = location.OpenIngestClaims();
                var totals = IngestRunner.Run(store, sharing, [folder], LoadOptions.Default, Console.Error, Environment.ProcessorCount);
                PrintSummary(store.Summary(), location.Display);
                return totals.Errors > 0 ? 1 : 0;
            });
            return built != 0 || parse.GetValue(noServe) ? built : ServeCommand.Serve(parse.GetValue(db)!, parse.GetValue(urls)!);
        });
        return command;
    }

    private static void PrintSummary(StoreSummary s, string db)
    {
        AnsiConsole.MarkupLine($"[bold]Evidence graph[/] in {Markup.Escape(db)}: {s.Documents} documents, {s.Entities} entities, {s.Mentions} mentions, {s.Claims} claims");
        var byType = new BarChart().Label("Claims by type").Width(60);
        foreach (var t in s.ClaimsByType)
        {
            byType.AddItem(t.Name, t.Count, Color.SteelBlue);
        }

        AnsiConsole.Write(byType);
        var suppliers = new Table().Title("Top suppliers").AddColumns("supplier", "supply claims");
        foreach (var t in s.TopSuppliers)
        {
            suppliers.AddRow(Markup.Escape(t.Name), t.Count.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(suppliers);
        AnsiConsole.MarkupLine($"Next: [grey]armstrace show \"Qods Force\" --db {Markup.Escape(db)}[/], [grey]armstrace claims --type supply --db {Markup.Escape(db)}[/]");
    }
}
