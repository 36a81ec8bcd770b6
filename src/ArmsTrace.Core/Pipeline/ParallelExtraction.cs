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
        ArgumentNullException.ThrowIfNull(pipeline);
        return Map(documents, threads, d => Extract(pipeline, d), window);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on every document on <paramref name="threads"/> threads and hands
    /// the results back in the order the documents came. Work done here, after extraction, such as
    /// building the rows a document is stored as, is spread over the threads instead of falling to
    /// the caller's, and only its result is kept until handed back.
    /// </summary>
    /// <param name="work">Called on any of the threads at once; an exception it throws comes out of the enumeration.</param>
    /// <param name="window">As in <see cref="Run"/>; default four per thread.</param>
    /// <param name="waiting">
    /// Called on the caller's thread whenever the next result is not done and the caller is about to wait
    /// for it (on one thread: before each document's work), so that it can use the time, such as to
    /// commit what it holds.
    /// </param>
    public static IEnumerable<T> Map<T>(IEnumerable<SourceDocument> documents, int threads, Func<SourceDocument, T> work, int window = 0, Action? waiting = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return threads == 1
            ? documents.Select(d =>
            {
                waiting?.Invoke();
                return work(d);
            })
            : Threads(documents, threads, work, window > 0 ? window : threads * 4, waiting);
    }

    /// <summary>The pipeline's analysis of one document; a document the pipeline throws on is reported with the error, not allowed to stop the rest.</summary>
    public static ExtractedDocument Extract(ExtractionPipeline pipeline, SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return new ExtractedDocument(document, pipeline.Run(document), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ExtractedDocument(document, null, ex);
        }
    }

    private static IEnumerable<T> Threads<T>(IEnumerable<SourceDocument> documents, int threads, Func<SourceDocument, T> work, int window, Action? waiting)
    {
        var jobs = Channel.CreateUnbounded<Job<T>>(new UnboundedChannelOptions { SingleWriter = true });
        var workers = new Task[threads];
        for (var i = 0; i < threads; i++)
        {
            workers[i] = Task.Factory.StartNew(() => Work(work, jobs.Reader), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        var pending = new Queue<Job<T>>();
        try
        {
            foreach (var document in documents)
            {
                var job = new Job<T>(document);
                pending.Enqueue(job);
                jobs.Writer.TryWrite(job);
                while (pending.Count >= window || (pending.Count > 0 && pending.Peek().Done.Task.IsCompleted))
                {
                    yield return Next(pending, waiting);
                }
            }

            jobs.Writer.Complete();
            while (pending.Count > 0)
            {
                yield return Next(pending, waiting);
            }
        }
        finally
        {
            // Also when the caller stops early: the workers finish what is queued and end.
            jobs.Writer.TryComplete();
            Task.WaitAll(workers);
        }
    }

    private static T Next<T>(Queue<Job<T>> pending, Action? waiting)
    {
        var done = pending.Dequeue().Done.Task;
        if (!done.IsCompleted)
        {
            waiting?.Invoke();
        }

        return done.GetAwaiter().GetResult();
    }

    private static void Work<T>(Func<SourceDocument, T> work, ChannelReader<Job<T>> jobs)
    {
        while (jobs.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (jobs.TryRead(out var job))
            {
                try
                {
                    job.Done.SetResult(work(job.Document));
                }
                catch (Exception ex)
                {
                    job.Done.SetException(ex);
                }
            }
        }
    }

    private sealed class Job<T>(SourceDocument document)
    {
        public SourceDocument Document { get; } = document;

        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
