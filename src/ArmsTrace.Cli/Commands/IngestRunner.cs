using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Sharing;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>
/// Loads, analyses and stores documents, one transaction each, with a progress bar: total, rate and
/// time left. Extraction runs on <c>threads</c> threads; documents are stored in the order they were
/// read, so the database ends the same whatever the thread count.
/// </summary>
internal static class IngestRunner
{
    public sealed record Totals(int Added, int Unchanged, int NewVersions, int MetadataUpdated, int Claims, int Errors);

    /// <param name="sharing">Claims documents so that other processes ingesting into the same database take different ones.</param>
    public static Totals Run(IEvidenceStore store, IIngestClaims sharing, IReadOnlyList<string> paths, LoadOptions options, TextWriter errors, int threads)
    {
        var input = new DocumentInput();
        var documents = new ClaimedDocuments(sharing, input.Load(paths, options, errors), () => new DocumentInput().Load(paths, options, TextWriter.Null));
        int added = 0, unchanged = 0, versions = 0, corrected = 0, claims = 0, failed = 0;
        var total = DocumentCount.Estimate(paths);
        var columns = new ProgressColumn[] { new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new RemainingTimeColumn() };
        AnsiConsole.Progress().AutoClear(true).Columns(columns).Start(progress =>
        {
            var task = progress.AddTask("Ingesting", maxValue: Math.Max(1, total));
            foreach (var (document, analysis, error) in ParallelExtraction.Run(documents.Read(), threads, DefaultPipeline.Create(CliResources.Pipeline)))
            {
                // Documents found already stored before extraction (a shared database) count as done too.
                var done = added + unchanged + versions + corrected + failed + documents.AlreadyStored + 1;
                task.Description = $"Ingesting {Markup.Escape(TerminalText.Escape(document.Metadata.Key))} ({done} of {Math.Max(total, done)})";
                task.MaxValue = Math.Max(task.MaxValue, done);
                if (analysis is null)
                {
                    failed++;
                    errors.WriteLine(TerminalText.Escape($"{document.Metadata.Key}: not extracted: {error!.GetType().Name}: {error.Message}"));
                    sharing.Release(document.Metadata.Key);
                    task.Value = done;
                    continue;
                }

                try
                {
                    var result = store.Ingest(analysis, ClaimExtractorStage.Version);
                    claims += result.Claims;
                    switch (result.Outcome)
                    {
                        case IngestOutcome.Added: added++; break;
                        case IngestOutcome.Unchanged: unchanged++; break;
                        case IngestOutcome.MetadataUpdated: corrected++; break;
                        default: versions++; break;
                    }
                }
                catch (Exception ex) when (ex is StoreException or InvalidOperationException)
                {
                    failed++;
                    errors.WriteLine(TerminalText.Escape($"{document.Metadata.Key}: not stored: {ex.Message}"));
                }

                sharing.Release(document.Metadata.Key);
                task.Value = done;
            }
        });
        return new Totals(added, unchanged + documents.AlreadyStored, versions, corrected, claims, failed + input.Errors);
    }
}
