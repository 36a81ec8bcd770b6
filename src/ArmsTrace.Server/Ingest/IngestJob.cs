using ArmsTrace.Core.Documents;

namespace ArmsTrace.Server.Ingest;

/// <summary>A posted document on its way through the queue; the worker moves it from queued to running to done or failed.</summary>
internal sealed class IngestJob
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IngestJob(string id, SourceDocument document, string postedBy, DateTimeOffset queuedAt)
    {
        Id = id;
        Document = document;
        PostedBy = postedBy;
        QueuedAt = queuedAt;
    }

    public string Id { get; }

    public SourceDocument Document { get; }

    public string PostedBy { get; }

    public DateTimeOffset QueuedAt { get; }

    private volatile string _state = "queued";

    public string State => _state;

    public IngestResponse? Result { get; private set; }

    public string? Error { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Completes when the job is done or failed.</summary>
    public Task Finished => _finished.Task;

    public void Start() => _state = "running";

    public void Succeed(IngestResponse result, DateTimeOffset at)
    {
        (Result, FinishedAt) = (result, at);
        _state = "done";
        _finished.TrySetResult();
    }

    public void Fail(string error, DateTimeOffset at)
    {
        (Error, FinishedAt) = (error, at);
        _state = "failed";
        _finished.TrySetResult();
    }

    public IngestJobView View() => new(Id, State, Document.Metadata.Key, PostedBy, QueuedAt, FinishedAt, Result, Error);
}
