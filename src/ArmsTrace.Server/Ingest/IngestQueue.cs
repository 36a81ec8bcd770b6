using System.Collections.Concurrent;
using System.Threading.Channels;
using ArmsTrace.Core.Documents;

namespace ArmsTrace.Server.Ingest;

/// <summary>
/// Posted documents wait here for the one extraction worker, so a long document delays only the
/// documents posted after it, never a read. Bounded: a full queue refuses new work rather than
/// growing without limit. The last <see cref="Remembered"/> jobs can be looked up by id.
/// </summary>
internal sealed class IngestQueue
{
    public const int Capacity = 64;
    public const int Remembered = 1000;

    private readonly Channel<IngestJob> _channel = Channel.CreateBounded<IngestJob>(new BoundedChannelOptions(Capacity) { SingleReader = true });
    private readonly ConcurrentDictionary<string, IngestJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly TimeProvider _time;

    public IngestQueue(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    public ChannelReader<IngestJob> Reader => _channel.Reader;

    /// <summary>The queued job, or null when the queue is full.</summary>
    public IngestJob? TryEnqueue(SourceDocument document, string postedBy)
    {
        var job = new IngestJob(Guid.NewGuid().ToString("N"), document, postedBy, _time.GetUtcNow());
        if (!_channel.Writer.TryWrite(job))
        {
            return null;
        }

        _jobs[job.Id] = job;
        _order.Enqueue(job.Id);
        while (_order.Count > Remembered && _order.TryDequeue(out var old))
        {
            _jobs.TryRemove(old, out _);
        }

        return job;
    }

    public IngestJob? Find(string id) => _jobs.GetValueOrDefault(id);

    public int Waiting => _channel.Reader.Count;
}
