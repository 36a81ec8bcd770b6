using System.Diagnostics;

namespace ArmsTrace.Bench.Synthetic;

/// <summary>Counts what a writer has stored and reports it with the totals every so many documents.</summary>
internal sealed class SyntheticProgress(SyntheticGraph graph, Action<string>? report, int every = 25_000)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _documents;
    private long _claims;
    private long _mentions;

    public string Stage { get; set; } = "documents";

    public void Document(SyntheticDocument document)
    {
        _documents++;
        _claims += document.Claims.Count;
        _mentions += document.Mentions.Count;
        if (_documents % every == 0 || _documents == graph.DocumentCount)
        {
            Say($"{Stage}: {_documents:N0} / {graph.DocumentCount:N0} documents, {_claims:N0} / {graph.Claims:N0} claims, {_mentions:N0} mentions");
        }
    }

    /// <summary>Starts counting again for the next pass over the documents.</summary>
    public void Restart(string stage)
    {
        Stage = stage;
        (_documents, _claims, _mentions) = (0, 0, 0);
    }

    public void Say(string message) => report?.Invoke($"{_clock.Elapsed.TotalSeconds,7:F1} s  {message}");
}
