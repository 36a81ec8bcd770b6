using ArmsTrace.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ArmsTrace.Server.Ingest;

/// <summary>The one worker that extracts and stores queued documents, in the order they were posted.</summary>
internal sealed class IngestWorker : BackgroundService
{
    private readonly IngestQueue _queue;
    private readonly IngestService _ingest;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;

    public IngestWorker(IngestQueue queue, IngestService ingest, IServiceScopeFactory scopes, TimeProvider time)
    {
        _queue = queue;
        _ingest = ingest;
        _scopes = scopes;
        _time = time;
    }

    /// <remarks>
    /// On a thread of its own: extraction holds its thread for seconds, and on a two-core machine the pool
    /// has two threads before it slowly adds more, so a pool thread spent here made reads wait seconds.
    /// </remarks>
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run(stoppingToken);
                done.TrySetResult();
            }
            catch (OperationCanceledException)
            {
                done.TrySetResult();
            }
        })
        {
            IsBackground = true,
            Name = "ArmsTrace ingest worker",
        };
        thread.Start();
        return done.Task;
    }

    private void Run(CancellationToken stoppingToken)
    {
        while (_queue.Reader.WaitToReadAsync(stoppingToken).AsTask().GetAwaiter().GetResult())
        {
            while (_queue.Reader.TryRead(out var job))
            {
                Process(job);
            }
        }
    }

    private void Process(IngestJob job)
    {
        job.Start();
        try
        {
            using var scope = _scopes.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<IEvidenceStore>();
            var (result, warnings) = _ingest.Ingest(store, job.Document);
            var outcome = result.Outcome switch
            {
                IngestOutcome.Added => "added",
                IngestOutcome.NewVersion => "new_version",
                IngestOutcome.MetadataUpdated => "metadata_updated",
                _ => "unchanged",
            };
            job.Succeed(new IngestResponse(job.Document.Metadata.Key, outcome, result.Version, result.Mentions, result.Claims, warnings), _time.GetUtcNow());
        }
        catch (StoreException ex)
        {
            job.Fail(ex.Message, _time.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One document the extractor chokes on must not stop every later one from being stored.
            job.Fail($"extraction failed: {ex.GetType().Name}: {ex.Message}", _time.GetUtcNow());
        }
    }
}
