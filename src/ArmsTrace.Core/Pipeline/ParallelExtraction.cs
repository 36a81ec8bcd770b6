using System.Threading.Channels;
using ArmsTrace.Core.Documents;

namespace ArmsTrace.Core.Pipeline;

/// <summary>
/// Extracts documents on several threads and hands them back in the order they came, so whoever
/// stores them writes the same rows in the same order whatever the thread count. All threads run
/// the one pipeline, which serves documents at once (<see cref="ExtractionPipeline"/>). The caller's
/// thread keeps reading input and writing results, so reading, extraction and storage overlap.
/// </summary>
public static class ParallelExtraction
{
    /// <param name="threads">Extraction threads; 1 extracts on the caller's thread.</param>
    /// <param name="window">Documents read but not yet handed back, at most; bounds memory when one document is slow.</param>
    public static IEnumerable<ExtractedDocument> Run(IEnumerable<SourceDocument> documents, int threads, ExtractionPipeline pipeline, int window = 0)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return threads == 1 ? OneThread(documents, pipeline) : Threads(documents, threads, pipeline, window > 0 ? window : threads * 4);
    }

    private static IEnumerable<ExtractedDocument> OneThread(IEnumerable<SourceDocument> documents, ExtractionPipeline pipeline)
    {
        foreach (var document in documents)
        {
            yield return Extract(pipeline, document);
        }
    }

    private static IEnumerable<ExtractedDocument> Threads(IEnumerable<SourceDocument> documents, int threads, ExtractionPipeline pipeline, int window)
    {
        var jobs = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleWriter = true });
        var workers = new Task[threads];
        for (var i = 0; i < threads; i++)
        {
            workers[i] = Task.Factory.StartNew(() => Work(pipeline, jobs.Reader), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        var pending = new Queue<Job>();
        try
        {
            foreach (var document in documents)
            {
                var job = new Job(document);
                pending.Enqueue(job);
                jobs.Writer.TryWrite(job);
                while (pending.Count >= window || (pending.Count > 0 && pending.Peek().Done.Task.IsCompleted))
                {
                    yield return pending.Dequeue().Done.Task.Result;
                }
            }

            jobs.Writer.Complete();
            while (pending.Count > 0)
            {
                yield return pending.Dequeue().Done.Task.Result;
            }
        }
        finally
        {
            // Also when the caller stops early: the workers finish what is queued and end.
            jobs.Writer.TryComplete();
            Task.WaitAll(workers);
        }
    }

    private static void Work(ExtractionPipeline pipeline, ChannelReader<Job> jobs)
    {
        while (jobs.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (jobs.TryRead(out var job))
            {
                job.Done.SetResult(Extract(pipeline, job.Document));
            }
        }
    }

    /// <summary>A document the pipeline throws on is reported with the error, not allowed to stop the rest.</summary>
    private static ExtractedDocument Extract(ExtractionPipeline pipeline, SourceDocument document)
    {
        try
        {
            return new ExtractedDocument(document, pipeline.Run(document), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ExtractedDocument(document, null, ex);
        }
    }

    private sealed class Job(SourceDocument document)
    {
        public SourceDocument Document { get; } = document;

        public TaskCompletionSource<ExtractedDocument> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
