using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>Loads, analyses and stores documents, one transaction each, with a progress line.</summary>
internal static class IngestRunner
{
    public sealed record Totals(int Added, int Unchanged, int NewVersions, int Claims, int Errors);

    public static Totals Run(IEvidenceStore store, IReadOnlyList<string> paths, LoadOptions options, TextWriter errors)
    {
        var pipeline = DefaultPipeline.Create();
        var input = new DocumentInput();
        int added = 0, unchanged = 0, versions = 0, claims = 0, failed = 0;
        var version = ClaimExtractorStage.ExtractorName + "/" + ClaimExtractorStage.ExtractorVersion;
        AnsiConsole.Status().Start("Ingesting", status =>
        {
            foreach (var document in input.Load(paths, options, errors))
            {
                status.Status($"Ingesting {Markup.Escape(TerminalText.Escape(document.Metadata.Key))} ({added + unchanged + versions} done)");
                try
                {
                    var result = store.Ingest(pipeline.Run(document), version);
                    claims += result.Claims;
                    switch (result.Outcome)
                    {
                        case IngestOutcome.Added: added++; break;
                        case IngestOutcome.Unchanged: unchanged++; break;
                        default: versions++; break;
                    }
                }
                catch (Exception ex) when (ex is StoreException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
                {
                    failed++;
                    errors.WriteLine(TerminalText.Escape($"{document.Metadata.Key}: not stored: {ex.Message}"));
                }
            }
        });
        return new Totals(added, unchanged, versions, claims, failed + input.Errors);
    }
}
