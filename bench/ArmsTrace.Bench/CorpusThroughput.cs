using System.Diagnostics;
using System.Globalization;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Bench;

/// <summary>
/// `corpus [FOLDER] [--mb N] [--runs N]`: the demo corpus repeated to at least N MB (default 5),
/// extracted end to end; prints documents/s, MB/s and peak memory per run and their medians, and
/// each stage's share of the time, so the cost of one stage can be set against the rest.
/// </summary>
public static class CorpusThroughput
{
    public static int Run(string[] args)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(AppContext.BaseDirectory, "demo");
        var mb = BenchArgs.Option(args, "--mb", 5);
        var runs = BenchArgs.Option(args, "--runs", 5);
        var seeds = new DocumentLoader().Load([folder], LoadOptions.Default).OfType<LoadedDocument>().Select(d => d.Document).ToList();
        if (seeds.Count == 0)
        {
            Console.Error.WriteLine($"{folder}: no documents found");
            return 1;
        }

        var corpus = new List<SourceDocument>();
        long bytes = 0;
        for (var copy = 0; bytes < mb * 1024L * 1024L; copy++)
        {
            foreach (var d in seeds)
            {
                // A suffix per copy keeps every document distinct, as a real corpus would be.
                var text = d.Text + "\n\nCopy " + copy.ToString(CultureInfo.InvariantCulture) + ".";
                corpus.Add(new SourceDocument(text, d.Metadata with { Key = d.Metadata.Key + "#" + copy.ToString(CultureInfo.InvariantCulture) }));
                bytes += System.Text.Encoding.UTF8.GetByteCount(text);
            }
        }

        var pipeline = DefaultPipeline.Create(PipelineResources.Bundled);
        pipeline.Run(corpus[0]);
        var docsPerSecond = new List<double>();
        var mbPerSecond = new List<double>();
        var claims = 0L;
        var stages = pipeline.Stages;
        var stageTicks = new long[stages.Count];
        for (var r = 0; r < runs; r++)
        {
            claims = 0;
            var sw = Stopwatch.StartNew();
            foreach (var d in corpus)
            {
                var context = new AnalysisContext(d);
                for (var i = 0; i < stages.Count; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    stages[i].Run(context);
                    stageTicks[i] += Stopwatch.GetTimestamp() - start;
                }

                claims += context.Claims.Count;
            }

            sw.Stop();
            docsPerSecond.Add(corpus.Count / sw.Elapsed.TotalSeconds);
            mbPerSecond.Add(bytes / 1024.0 / 1024.0 / sw.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}: {sw.Elapsed.TotalSeconds:0.000} s, {docsPerSecond[^1]:0} docs/s, {mbPerSecond[^1]:0.00} MB/s"));
        }

        var totalTicks = stageTicks.Sum();
        for (var i = 0; i < stages.Count; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  stage {stages[i].Name,-16} {stageTicks[i] * 1000.0 / Stopwatch.Frequency / runs,9:0.0} ms per pass  {100.0 * stageTicks[i] / totalTicks,5:0.0}%"));
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {corpus.Count} documents, {bytes / 1024.0 / 1024.0:0.00} MB, {claims} claims per pass"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median: {BenchArgs.Median(docsPerSecond):0} documents/s, {BenchArgs.Median(mbPerSecond):0.00} MB/s; peak working set {peak:0} MB"));
        return 0;
    }
}
