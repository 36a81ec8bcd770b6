using System.CommandLine;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>
/// `reextract`: runs the current extractor (or changed claim patterns) over every stored document's
/// own text and stores a new version where it finds something else; judgements follow their claims.
/// </summary>
internal static class ReextractCommand
{
    private const int Page = 200;

    public static Command Create()
    {
        var db = CommonOptions.Database();
        var patterns = new Option<string?>("--patterns") { Description = "A claim-patterns file to use instead of the bundled one (format of lexicons/claim-patterns.txt)" };
        var command = new Command("reextract", "Extract every stored document again with this version's extractor; new versions only where the claims or names differ, and analysts' judgements carried over");
        command.Options.Add(db);
        command.Options.Add(patterns);
        command.SetAction(parse =>
        {
            IReadOnlyList<string>? lines = null;
            if (parse.GetValue(patterns) is { } file)
            {
                try
                {
                    lines = File.ReadAllLines(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"{file}: {ex.Message}");
                    return 2;
                }
            }

            return StoreCommands.WithStore(parse.GetValue(db)!, store => Run(StoreLocation.Parse(parse.GetValue(db)!), store, lines));
        });
        return command;
    }

    private static int Run(StoreLocation location, IEvidenceStore store, IReadOnlyList<string>? patterns)
    {
        ExtractionPipeline pipeline;
        try
        {
            pipeline = DefaultPipeline.Create(CliResources.Pipeline, patterns);
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"--patterns: {ex.Message}");
            return 2;
        }

        var graph = location.OpenGraph();
        int total = 0, changed = 0, orphaned = 0, failed = 0;
        try
        {
            var keys = new List<string>();
            for (var offset = 0; ; offset += Page)
            {
                var page = graph.Documents(Page, offset);
                keys.AddRange(page.Select(d => d.Key));
                if (page.Count < Page)
                {
                    break;
                }
            }

            AnsiConsole.Progress().Start(progress =>
            {
                var task = progress.AddTask("Re-extracting", maxValue: keys.Count);
                foreach (var key in keys)
                {
                    total++;
                    task.Increment(1);
                    if (graph.Document(key) is not { } d)
                    {
                        continue;
                    }

                    try
                    {
                        var result = store.Reextract(pipeline.Run(new SourceDocument(d.Text, new DocumentMetadata(d.Key, d.Title, d.Url, d.Outlet, d.Published))), ClaimExtractorStage.Version);
                        changed += result.Outcome == IngestOutcome.NewVersion ? 1 : 0;
                        orphaned += result.OrphanedJudgements;
                    }
                    catch (StoreException ex)
                    {
                        failed++;
                        Console.Error.WriteLine(TerminalText.Escape($"{key}: not stored: {ex.Message}"));
                    }
                }
            });
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }

        Console.WriteLine($"{total} documents re-extracted: {changed} new versions, {total - changed - failed} unchanged, {failed} problems; {orphaned} judgements orphaned (`armstrace review orphans`)");
        return failed > 0 ? 1 : 0;
    }
}
