using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Tests.Pipeline;

public sealed class ParallelExtractionTests
{
    [Fact]
    public void Run_DocumentsFinishingOutOfOrder_ComeBackInTheOrderRead()
    {
        // Earlier documents take longer, so on several threads later ones finish first.
        var documents = Enumerable.Range(0, 40).Select(i => Document($"d{i:00}", new string('x', 40 - i))).ToList();

        var keys = ParallelExtraction.Run(documents, threads: 4, new ExtractionPipeline([new SlowStage()]), window: 8)
            .Select(d => d.Document.Metadata.Key)
            .ToList();

        Assert.Equal(documents.Select(d => d.Metadata.Key), keys);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Run_StageThrowsOnOneDocument_ReportsItAndGoesOn(int threads)
    {
        var documents = new[] { Document("a", "fine"), Document("b", "boom"), Document("c", "fine") };

        var results = ParallelExtraction.Run(documents, threads, new ExtractionPipeline([new ThrowingStage()])).ToList();

        Assert.Equal(["a", "b", "c"], results.Select(r => r.Document.Metadata.Key));
        Assert.Null(results[1].Analysis);
        Assert.Contains("boom", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.NotNull(results[0].Analysis);
        Assert.NotNull(results[2].Analysis);
    }

    [Fact]
    public void Run_CallerStopsEarly_EndsTheThreads()
    {
        var documents = Enumerable.Range(0, 100).Select(i => Document($"d{i}", "text"));

        var first = ParallelExtraction.Run(documents, threads: 2, new ExtractionPipeline([new SlowStage()])).Take(3).ToList();

        Assert.Equal(3, first.Count);
    }

    [Fact]
    public void Map_WorkOnSeveralThreads_RunsOffTheCallersThreadAndKeepsTheOrder()
    {
        var caller = Environment.CurrentManagedThreadId;
        var documents = Enumerable.Range(0, 30).Select(i => Document($"d{i:00}", new string('x', 30 - i))).ToList();

        var results = ParallelExtraction.Map(documents, threads: 3, d =>
        {
            Thread.Sleep(d.Text.Length);
            return (d.Metadata.Key, Thread: Environment.CurrentManagedThreadId);
        }).ToList();

        Assert.Equal(documents.Select(d => d.Metadata.Key), results.Select(r => r.Key));
        Assert.DoesNotContain(results, r => r.Thread == caller);
    }


    [Fact]
    public void Map_OneThread_CallsWaitingBeforeEachDocument()
    {
        var log = new List<string>();

        var results = ParallelExtraction.Map([Document("a", "x"), Document("b", "y")], threads: 1, d => { log.Add("work " + d.Metadata.Key); return d; }, waiting: () => log.Add("waiting")).ToList();

        Assert.Equal(["waiting", "work a", "waiting", "work b"], log);
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void Map_ThreadsStillWorking_CallsWaitingBeforeBlocking()
    {
        var documents = Enumerable.Range(0, 4).Select(i => Document($"d{i}", "text")).ToList();
        var waits = 0;

        var keys = ParallelExtraction.Map(documents, threads: 2, d => { Thread.Sleep(50); return d.Metadata.Key; }, waiting: () => waits++).ToList();

        Assert.Equal(documents.Select(d => d.Metadata.Key), keys);
        Assert.InRange(waits, 1, documents.Count);
    }

    [Fact]
    public void Map_WorkThrows_ComesOutOfTheEnumeration()
    {
        var documents = new[] { Document("a", "fine"), Document("b", "boom") };

        var ex = Assert.Throws<InvalidOperationException>(() => ParallelExtraction.Map(documents, threads: 2, d => d.Text == "boom" ? throw new InvalidOperationException("boom") : d.Text).ToList());

        Assert.Equal("boom", ex.Message);
    }

    private static SourceDocument Document(string key, string text) => new(text, new DocumentMetadata(key));

    private sealed class SlowStage : IPipelineStage
    {
        public string Name => "slow";

        public IReadOnlyList<Layer> Needs => [];

        public IReadOnlyList<Layer> Adds => [];

        public IReadOnlyList<Layer> Amends => [];

        public void Run(AnalysisContext context) => Thread.Sleep(context.Document.Text.Length);
    }

    private sealed class ThrowingStage : IPipelineStage
    {
        public string Name => "throws";

        public IReadOnlyList<Layer> Needs => [];

        public IReadOnlyList<Layer> Adds => [];

        public IReadOnlyList<Layer> Amends => [];

        public void Run(AnalysisContext context)
        {
            if (context.Document.Text == "boom")
            {
                throw new InvalidOperationException("boom");
            }
        }
    }
}
