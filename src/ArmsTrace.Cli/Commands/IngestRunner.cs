using System.Diagnostics;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Sharing;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>
/// Loads, analyses and stores documents with a progress bar: total, rate and time left. Extraction,
/// and the building of each document's rows, runs on <c>threads</c> threads; one writer stores the
/// documents in the order they were read, several to a transaction, so the database ends the same
/// whatever the thread count and a killed run leaves each document whole or absent.
/// </summary>
internal static class IngestRunner
{
    /// <summary>
    /// Documents stored per transaction at most. The writer commits what it holds whenever it would
    /// otherwise wait for extraction, so a transaction holds one document while the writer keeps up and
    /// grows towards this many (one commit and one full-text flush for all) only when it falls behind;
    /// either way no document waits on the writer for longer than it is busy.
    /// </summary>
    public const int BatchDocuments = 64;

    public sealed record Totals(int Added, int Unchanged, int NewVersions, int MetadataUpdated, int Claims, int Errors);

    /// <param name="sharing">Claims documents so that other processes ingesting into the same database take different ones.</param>
    /// <param name="timings">Where to count the time of each stage, of reading and of storing; null when nobody asks.</param>
    public static Totals Run(IEvidenceStore store, IIngestClaims sharing, IReadOnlyList<string> paths, LoadOptions options, TextWriter errors, int threads, IngestTimings? timings = null)
    {
        var input = new DocumentInput();
        var documents = new ClaimedDocuments(sharing, input.Load(paths, options, errors), () => new DocumentInput().Load(paths, options, TextWriter.Null));
        var pipeline = DefaultPipeline.Create(CliResources.Pipeline);
        var writer = new Writer(store, sharing, errors, timings, DocumentCount.Estimate(paths), () => documents.AlreadyStored);
        if (timings is not null)
        {
            pipeline = timings.Timed(pipeline);
        }

        var columns = new ProgressColumn[] { new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new RemainingTimeColumn() };
        AnsiConsole.Progress().AutoClear(true).Columns(columns).Start(progress =>
        {
            writer.Task = progress.AddTask("Ingesting", maxValue: Math.Max(1, writer.Total));
            foreach (var pass in documents.Passes())
            {
                var read = timings is null ? pass : timings.Timed("read input", pass);

                // The default window, a few documents a thread: on a shared PostgreSQL database a process claims
                // only what it is about to extract, and the others take the rest.
                foreach (var ready in ParallelExtraction.Map(read, threads, d => Prepare(store, pipeline, d, timings), waiting: writer.Flush))
                {
                    writer.Add(ready);
                }

                // Every document of the pass stored and released before the next pass waits on other processes' documents.
                writer.Flush();
            }
        });
        return writer.Totals(documents.AlreadyStored, input.Errors);
    }

    /// <summary>On an extraction thread: the analysis, then the rows it is stored as; the analysis itself is let go.</summary>
    private static ReadyDocument Prepare(IEvidenceStore store, ExtractionPipeline pipeline, SourceDocument document, IngestTimings? timings)
    {
        var key = document.Metadata.Key;
        var (_, analysis, error) = ParallelExtraction.Extract(pipeline, document);
        if (analysis is null)
        {
            return new ReadyDocument(key, null, $"not extracted: {error!.GetType().Name}: {error.Message}");
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            return new ReadyDocument(key, store.Prepare(analysis, ClaimExtractorStage.Version), null);
        }
        catch (StoreException ex)
        {
            return new ReadyDocument(key, null, $"not stored: {ex.Message}");
        }
        finally
        {
            timings?.Add("prepare rows", start);
        }
    }

    /// <summary>A document back from the extraction threads: prepared to store, or what stopped it.</summary>
    private sealed record ReadyDocument(string Key, PreparedIngest? Prepared, string? Error);

    /// <summary>The one writer: collects prepared documents into batches, stores them, counts and reports.</summary>
    private sealed class Writer(IEvidenceStore store, IIngestClaims sharing, TextWriter errors, IngestTimings? timings, int total, Func<int> alreadyStored)
    {
        private readonly List<PreparedIngest> _batch = [];
        private int _added, _unchanged, _versions, _corrected, _claims, _failed;

        public int Total { get; } = total;

        public ProgressTask? Task { get; set; }

        public void Add(ReadyDocument ready)
        {
            if (ready.Prepared is null)
            {
                _failed++;
                errors.WriteLine(TerminalText.Escape($"{ready.Key}: {ready.Error}"));
                sharing.Release(ready.Key);
                Advance(ready.Key);
                return;
            }

            _batch.Add(ready.Prepared);
            if (_batch.Count >= BatchDocuments)
            {
                Flush();
            }
        }

        public void Flush()
        {
            if (_batch.Count == 0)
            {
                return;
            }

            var start = Stopwatch.GetTimestamp();
            var attempts = store.IngestBatch(_batch);
            timings?.Add("store", start);
            _batch.Clear();
            foreach (var attempt in attempts)
            {
                Count(attempt);

                // Released only now: until its batch committed, another process could not have seen it stored.
                sharing.Release(attempt.Key);
                Advance(attempt.Key);
            }
        }

        public Totals Totals(int skipped, int inputErrors) =>
            new(_added, _unchanged + skipped, _versions, _corrected, _claims, _failed + inputErrors);

        private void Count(IngestAttempt attempt)
        {
            if (attempt.Result is not { } result)
            {
                _failed++;
                errors.WriteLine(TerminalText.Escape($"{attempt.Key}: not stored: {attempt.Error!.Message}"));
                return;
            }

            _claims += result.Claims;
            switch (result.Outcome)
            {
                case IngestOutcome.Added: _added++; break;
                case IngestOutcome.Unchanged: _unchanged++; break;
                case IngestOutcome.MetadataUpdated: _corrected++; break;
                default: _versions++; break;
            }
        }

        private void Advance(string key)
        {
            if (Task is null)
            {
                return;
            }

            // Documents found already stored before extraction (a shared database) count as done too.
            var done = _added + _unchanged + _versions + _corrected + _failed + alreadyStored();
            Task.Description = $"Ingesting {Markup.Escape(TerminalText.Escape(key))} ({done} of {Math.Max(Total, done)})";
            Task.MaxValue = Math.Max(Task.MaxValue, done);
            Task.Value = done;
        }
    }
}
