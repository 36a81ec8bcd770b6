using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Origins;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Sql;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Bench;

/// <summary>
/// `dedup [FOLDER] [--docs N] [--copies SHARE] [--runs N] [--no-ingest] [--write DIR]`: near-duplicate
/// detection on planted reprints of the seed articles (default: the demo corpus), first on the seeds
/// with two copies each, then on a generated corpus of N documents (default 2,000). Prints pairwise
/// precision and recall of the similarity at several thresholds, of the origins the real ingest
/// assigns, and the median end-to-end ingest time (extraction and store) with and without detection.
/// </summary>
public static class DedupBench
{
    private static readonly double[] Thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    public static int Run(string[] args)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsValue(args, a)) ?? Path.Combine(AppContext.BaseDirectory, "demo");
        var docs = BenchArgs.Option(args, "--docs", 2000);
        var runs = BenchArgs.Option(args, "--runs", 3);
        var share = BenchArgs.Option(args, "--copies", 40) / 100.0;
        var seeds = new DocumentLoader().Load([folder], LoadOptions.Default).OfType<LoadedDocument>().Select(d => d.Document).ToList();
        if (seeds.Count == 0)
        {
            Console.Error.WriteLine($"{folder}: no documents found");
            return 1;
        }

        var demo = PlantedCorpus.Make(seeds, 0, 1.0);
        var generated = PlantedCorpus.Make(seeds, docs, share);
        if (Value(args, "--write") is { } target)
        {
            Write(generated, target);
        }

        foreach (var (name, corpus) in new[] { ("demo corpus, two reprints of each article", demo), ($"generated corpus of {generated.Documents.Count}", generated) })
        {
            Console.WriteLine($"== {name}: {corpus.Documents.Count} documents, {corpus.TruePairs().Count} planted pairs");
            Sweep(corpus);
            Score("origins assigned by ingest", corpus, Origins(corpus));
        }

        if (!args.Contains("--no-ingest"))
        {
            Timing(generated, runs);
        }

        return 0;
    }

    /// <summary>Pairwise: every pair at or above the threshold counts as found, with no grouping.</summary>
    private static void Sweep(PlantedCorpus corpus)
    {
        var signatures = corpus.Documents.Select(d => (d.Metadata.Key, Signature: TextSignature.Of(d.Text)!)).ToList();
        var truth = corpus.TruePairs();
        var scores = new List<(string, string, double)>();
        for (var i = 0; i < signatures.Count; i++)
        {
            for (var j = i + 1; j < signatures.Count; j++)
            {
                var s = signatures[i].Signature.Similarity(signatures[j].Signature);
                if (s >= Thresholds[0])
                {
                    scores.Add((signatures[i].Key, signatures[j].Key, s));
                }
            }
        }

        var ordered = (IEnumerable<(string A, string B, double S)> pairs) => pairs.Select(p => string.CompareOrdinal(p.A, p.B) < 0 ? (p.A, p.B) : (p.B, p.A));
        var lowestTrue = signatures.Count == 0 ? 0 : truth.Min(p => signatures.First(s => s.Key == p.Item1).Signature.Similarity(signatures.First(s => s.Key == p.Item2).Signature));
        var highestFalse = scores.Where(p => !truth.Contains(ordered([p]).First())).Select(p => p.Item3).DefaultIfEmpty(0).Max();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  similarity: lowest planted pair {lowestTrue:0.000}, highest unrelated pair {highestFalse:0.000}"));
        foreach (var t in Thresholds)
        {
            Score($"pairs at similarity >= {t:0.0}", corpus, [.. ordered(scores.Where(p => p.Item3 >= t))]);
        }
    }

    /// <summary>Ingests every document with no extraction, so only the origin step is measured, and reads the origins back.</summary>
    private static HashSet<(string, string)> Origins(PlantedCorpus corpus)
    {
        var path = Path.Combine(Path.GetTempPath(), "armstrace-dedup-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using (var store = StoreLocation.Parse(path).OpenEvidenceStore())
            {
                foreach (var d in corpus.Documents)
                {
                    store.Ingest(new AnalysisContext(d), "bench");
                }
            }

            using var connection = new SqliteConnection($"Data Source={path}");
            var origins = connection.Query<(string Key, string Origin)>("SELECT d.doc_key, o.origin_key FROM documents d JOIN document_origins o ON o.document_id = d.id WHERE d.is_current = 1");
            return [.. origins.GroupBy(o => o.Origin).SelectMany(g => PlantedCorpus.Pairs(g.Select(o => o.Key)))];
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static void Score(string what, PlantedCorpus corpus, HashSet<(string, string)> found)
    {
        var truth = corpus.TruePairs();
        var hit = found.Count(truth.Contains);
        var precision = found.Count == 0 ? 1.0 : (double)hit / found.Count;
        var recall = truth.Count == 0 ? 1.0 : (double)hit / truth.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-32} precision {precision:0.000}  recall {recall:0.000}  ({hit} of {found.Count} found pairs planted; {truth.Count} planted)"));
    }

    /// <summary>Extraction and store per document, as `armstrace ingest` does, alternating which mode goes first.</summary>
    private static void Timing(PlantedCorpus corpus, int runs)
    {
        var signing = Stopwatch.StartNew();
        foreach (var d in corpus.Documents)
        {
            TextSignature.Of(d.Text);
        }

        signing.Stop();
        var declaring = Stopwatch.StartNew();
        foreach (var d in corpus.Documents)
        {
            DeclaredWire.Default.Find(d.Text, d.Metadata.Outlet);
        }

        declaring.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  per document: signature {signing.Elapsed.TotalMilliseconds / corpus.Documents.Count:0.000} ms, declared agency {declaring.Elapsed.TotalMilliseconds / corpus.Documents.Count:0.000} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  store only, no extraction: {StoreOnly(corpus, true):0.00} s with detection, {StoreOnly(corpus, false):0.00} s without"));
        var pipeline = DefaultPipeline.Create(PipelineResources.Bundled);
        pipeline.Run(corpus.Documents[0]);
        var times = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        for (var r = 0; r < runs; r++)
        {
            foreach (var detect in r % 2 == 0 ? new[] { true, false } : [false, true])
            {
                var path = Path.Combine(Path.GetTempPath(), "armstrace-dedup-time-" + Guid.NewGuid().ToString("N") + ".db");
                try
                {
                    using var store = (SqlEvidenceStore)StoreLocation.Parse(path).OpenEvidenceStore();
                    store.DetectOrigins = detect;
                    var clock = Stopwatch.StartNew();
                    foreach (var d in corpus.Documents)
                    {
                        store.Ingest(pipeline.Run(d), ClaimExtractorStage.Version);
                    }

                    times[detect].Add(clock.Elapsed.TotalSeconds);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {r + 1}, detection {(detect ? "on " : "off")}: {clock.Elapsed.TotalSeconds:0.00} s"));
                }
                finally
                {
                    SqliteConnection.ClearAllPools();
                    File.Delete(path);
                }
            }
        }

        var on = BenchArgs.Median(times[true]);
        var off = BenchArgs.Median(times[false]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest of {corpus.Documents.Count} documents, median of {runs}: {on:0.00} s with detection, {off:0.00} s without ({100 * (on - off) / off:+0.0;-0.0}%)"));
    }

    private static double StoreOnly(PlantedCorpus corpus, bool detect)
    {
        var path = Path.Combine(Path.GetTempPath(), "armstrace-dedup-store-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using var store = (SqlEvidenceStore)StoreLocation.Parse(path).OpenEvidenceStore();
            store.DetectOrigins = detect;
            var clock = Stopwatch.StartNew();
            foreach (var d in corpus.Documents)
            {
                store.Ingest(new AnalysisContext(d), "bench");
            }

            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static void Write(PlantedCorpus corpus, string folder)
    {
        Directory.CreateDirectory(folder);
        using var index = new StreamWriter(Path.Combine(folder, "index.jsonl"));
        using var families = new StreamWriter(Path.Combine(folder, "families.tsv"));
        foreach (var d in corpus.Documents)
        {
            File.WriteAllText(Path.Combine(folder, d.Metadata.Key), d.Text);
            index.WriteLine(JsonSerializer.Serialize(new { file = d.Metadata.Key, outlet = d.Metadata.Outlet, published = d.Metadata.Published, url = d.Metadata.Url }));
            families.WriteLine($"{d.Metadata.Key}\t{corpus.Family[d.Metadata.Key]}");
        }

        Console.WriteLine($"wrote {corpus.Documents.Count} documents, index.jsonl and families.tsv to {folder}");
    }

    private static bool IsValue(string[] args, string arg)
    {
        var i = Array.IndexOf(args, arg);
        return i > 0 && args[i - 1].StartsWith("--", StringComparison.Ordinal) && args[i - 1] != "--no-ingest";
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
