using System.Text;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Output;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Tests.Pipeline;

/// <summary>One pipeline serves documents on several threads at once and extracts each as it would alone.</summary>
public sealed class ConcurrentExtractionTests
{
    [Fact]
    public void Run_OnePipelineOnSeveralThreadsAtOnce_SameOutputAsOneThread()
    {
        var documents = DemoArticles();
        var pipeline = DefaultPipeline.Create(PipelineResources.Bundled);
        var alone = documents.Select(d => Json(pipeline.Run(d))).ToList();

        // Each article four times over, in an order that puts different articles side by side on the threads.
        var shared = new string[documents.Count * 4];
        Parallel.For(0, shared.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => shared[i] = Json(pipeline.Run(documents[i * 7 % documents.Count])));

        for (var i = 0; i < shared.Length; i++)
        {
            Assert.Equal(alone[i * 7 % documents.Count], shared[i]);
        }
    }

    [Fact]
    public void ParallelExtraction_FourThreads_SameOutputAsOne()
    {
        var documents = DemoArticles();
        var pipeline = DefaultPipeline.Create(PipelineResources.Bundled);

        var one = ParallelExtraction.Run(documents, threads: 1, pipeline).Select(d => Json(d.Analysis!)).ToList();
        var four = ParallelExtraction.Run(documents, threads: 4, pipeline).Select(d => Json(d.Analysis!)).ToList();

        Assert.Equal(one, four);
    }

    private static string Json(AnalysisContext context)
    {
        using var output = new MemoryStream();
        ExtractionJsonWriter.Write(output, context);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>The demo corpus's articles (data/demo at the repository root).</summary>
    private static List<SourceDocument> DemoArticles()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var demo = Path.Combine(dir.FullName, "data", "demo");
            if (Directory.Exists(demo))
            {
                return [.. Directory.GetFiles(demo, "*.txt").Order(StringComparer.Ordinal)
                    .Select(f => new SourceDocument(File.ReadAllText(f), new DocumentMetadata(Path.GetFileName(f))))];
            }
        }

        throw new DirectoryNotFoundException("data/demo is not above " + AppContext.BaseDirectory);
    }
}
