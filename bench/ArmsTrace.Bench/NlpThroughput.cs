using System.Diagnostics;
using System.Globalization;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;

namespace ArmsTrace.Bench;

/// <summary>
/// `nlp [FOLDER] [--runs N]`: tokens per second of the tagger, the parser and the recogniser over
/// the tokenised corpus, one thread, each run timed by wall clock and by the process's processor
/// time. On a machine other work shares, processor time is the steadier figure: it leaves out the
/// time the thread waited for a core.
/// </summary>
public static class NlpThroughput
{
    public static int Run(string[] args)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(AppContext.BaseDirectory, "demo");
        var runs = BenchArgs.Option(args, "--runs", 5);
        var contexts = new DocumentLoader().Load([folder], LoadOptions.Default).OfType<LoadedDocument>().Select(d => NlpStages.Prepare(d.Document)).ToList();
        var tokens = contexts.Sum(c => c.Tokens.Count);
        var load = Stopwatch.StartNew();
        ArmsTrace.Core.Nlp.NlpModels.LoadAll();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"models read in {load.ElapsedMilliseconds} ms (in parallel)"));
        if (args.Contains("--load-only"))
        {
            return 0;
        }

        var stages = new NlpStages();
        foreach (var c in contexts)
        {
            stages.TagParseAndNer(c);
        }

        var steps = new (string Name, Action<AnalysisContext> Run)[] { ("tag", stages.Tag), ("parse", stages.Parse), ("ner", stages.Ner) };
        var wall = steps.Select(_ => new List<double>()).ToArray();
        var cpu = steps.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < runs; r++)
        {
            for (var s = 0; s < steps.Length; s++)
            {
                var cpuStart = ProcessTime();
                var sw = Stopwatch.StartNew();
                foreach (var c in contexts)
                {
                    steps[s].Run(c);
                }

                wall[s].Add(tokens / sw.Elapsed.TotalSeconds);
                cpu[s].Add(tokens / (ProcessTime() - cpuStart).TotalSeconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{contexts.Count} documents, {tokens} tokens, {runs} runs; tokens/s median (min-max)"));
        for (var s = 0; s < steps.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {steps[s].Name,-6} wall {BenchArgs.Median(wall[s]),9:0} ({wall[s].Min():0}-{wall[s].Max():0})   cpu {BenchArgs.Median(cpu[s]),9:0} ({cpu[s].Min():0}-{cpu[s].Max():0})"));
        }

        var all = Enumerable.Range(0, runs).Select(r => 1 / steps.Select((_, s) => 1 / cpu[s][r]).Sum()).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  all three, cpu {BenchArgs.Median(all):0} tokens/s"));
        return 0;
    }

    /// <summary>Processor time of the whole process: its one working thread, plus a little for the runtime's own.</summary>
    private static TimeSpan ProcessTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
