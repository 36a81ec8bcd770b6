using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ArmsTrace.Cli.Commands;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Storage;
using Spectre.Console;

namespace ArmsTrace.Bench;

/// <summary>
/// `ingest [FOLDER] [--mb N] [--threads 1,2] [--runs N]`: the real ingest path end to end (reading
/// files, extraction on N threads, the one writer) into a new SQLite file, each run in a child process
/// so that start-up, model loading and peak memory are the run's own, as `armstrace ingest` pays them.
/// The corpus is FOLDER (default: the demo corpus) copied, each copy's texts made distinct, to at least
/// N MB (default 1). Runs of the thread counts given alternate, so each count meets the same load on a
/// shared machine. Prints each run, then per thread count the medians of MB/s, documents/s, processor
/// time, peak working set, and each part's share of the summed thread time, with the writer's (reading
/// and storing on the one thread) share of the wall time.
/// </summary>
internal static class IngestThroughput
{
    public static int Run(string[] args)
    {
        var folder = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : Path.Combine(AppContext.BaseDirectory, "demo");
        var mb = BenchArgs.Option(args, "--mb", 1);
        var runs = BenchArgs.Option(args, "--runs", 3);
        var threadCounts = (BenchArgs.Text(args, "--threads") ?? "1,2").Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList();
        var work = Directory.CreateTempSubdirectory("armstrace-ingest-bench-");
        try
        {
            var corpus = Path.Combine(work.FullName, "corpus");
            var (documents, bytes) = Copy(folder, corpus, mb * 1024L * 1024L);
            if (documents == 0)
            {
                Console.Error.WriteLine($"{folder}: no documents found");
                return 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {documents} documents, {bytes / 1e6:0.00} MB of text; load average {LoadAverage()}"));
            var results = threadCounts.ToDictionary(t => t, _ => new List<(double Wall, IngestRunReport Report)>());
            for (var r = 0; r < runs; r++)
            {
                foreach (var threads in threadCounts)
                {
                    var db = Path.Combine(work.FullName, $"run-{r}-{threads}.db");
                    var (wall, report) = Child(corpus, db, threads);
                    foreach (var file in Directory.GetFiles(work.FullName, Path.GetFileName(db) + "*"))
                    {
                        File.Delete(file);
                    }

                    results[threads].Add((wall, report));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"run {r + 1}, --threads {threads}: {wall:0.00} s wall, {report.ProcessorSeconds:0.00} s processor, {bytes / 1e6 / wall:0.000} MB/s, {report.Added} added, {report.Claims} claims, {report.Errors} problems, peak {report.PeakWorkingSet / 1e6:0} MB; load average {LoadAverage()}"));
                }
            }

            foreach (var threads in threadCounts)
            {
                Summarise(threads, results[threads], documents, bytes);
            }

            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The child: one ingest into a new file, the report as one line of JSON at the end of stdout.</summary>
    public static int RunOnce(string[] args)
    {
        var corpus = BenchArgs.Text(args, "--corpus")!;
        var db = BenchArgs.Text(args, "--db")!;
        var threads = BenchArgs.Option(args, "--threads", 1);
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        var timings = new IngestTimings();
        var clock = Stopwatch.StartNew();
        var location = StoreLocation.Parse(db);
        IngestRunner.Totals totals;
        using (var store = location.OpenEvidenceStore())
        using (var sharing = location.OpenIngestClaims())
        {
            totals = IngestRunner.Run(store, sharing, [corpus], LoadOptions.Default, Console.Error, threads, timings);
        }

        clock.Stop();
        var process = Process.GetCurrentProcess();
        var report = new IngestRunReport(
            clock.Elapsed.TotalSeconds,
            process.TotalProcessorTime.TotalSeconds,
            ThreadSeconds(t => t == Environment.ProcessId.ToString(CultureInfo.InvariantCulture), _ => true),
            ThreadSeconds(_ => true, name => name.StartsWith(".NET Tiered", StringComparison.Ordinal)),
            process.PeakWorkingSet64,
            totals.Added,
            totals.Claims,
            totals.Errors,
            timings.Parts.ToDictionary(p => p.Part, p => p.Time.TotalSeconds));
        Console.WriteLine(JsonSerializer.Serialize(report));
        return totals.Errors > 0 ? 1 : 0;
    }

    private static void Summarise(int threads, List<(double Wall, IngestRunReport Report)> runs, int documents, long bytes)
    {
        double Median(Func<(double Wall, IngestRunReport Report), double> of) => BenchArgs.Median(runs.Select(of));
        var wall = Median(r => r.Wall);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"--threads {threads}, medians of {runs.Count}: {wall:0.00} s wall ({Median(r => r.Report.RunSeconds):0.00} s in the run), {bytes / 1e6 / wall:0.000} MB/s, {documents / wall:0} documents/s, {Median(r => r.Report.ProcessorSeconds):0.00} s processor ({Median(r => r.Report.ProcessorSeconds / r.Wall):0.00} cores; main thread {Median(r => r.Report.WriterSeconds):0.00} s, background compiler {Median(r => r.Report.CompilerSeconds):0.00} s), peak working set {Median(r => r.Report.PeakWorkingSet / 1e6):0} MB"));
        Console.WriteLine("| part | seconds (summed over threads) | share of all parts |");
        Console.WriteLine("|---|---|---|");
        var parts = runs[0].Report.Parts.Keys.ToList();
        var total = Median(r => r.Report.Parts.Values.Sum());
        foreach (var part in parts)
        {
            var seconds = Median(r => r.Report.Parts.GetValueOrDefault(part));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {part} | {seconds:0.00} | {100 * seconds / total:0.0}% |"));
        }

        var writer = Median(r => (r.Report.Parts.GetValueOrDefault("read input") + r.Report.Parts.GetValueOrDefault("store")) / r.Report.RunSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"writer's thread busy reading and storing: {100 * writer:0.0}% of the run's wall time"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"main thread (model loading, reading, storing): {100 * Median(r => r.Report.WriterSeconds / r.Report.ProcessorSeconds):0.0}% of the processor time; background compiler {100 * Median(r => r.Report.CompilerSeconds / r.Report.ProcessorSeconds):0.0}%"));
    }

    private static (double Wall, IngestRunReport Report) Child(string corpus, string db, int threads)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(IngestThroughput).Assembly.Location);
        }

        foreach (var a in new[] { "ingest-run", "--corpus", corpus, "--db", db, "--threads", threads.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        clock.Stop();
        var last = output.Trim().Split('\n')[^1];
        var report = JsonSerializer.Deserialize<IngestRunReport>(last)
            ?? throw new InvalidOperationException($"ingest-run printed no report:\n{output}");
        return (clock.Elapsed.TotalSeconds, report);
    }

    /// <summary>
    /// Copies of the folder's documents (its index.jsonl too) in numbered subfolders until the texts
    /// reach <paramref name="bytes"/>; a line per copy keeps every text distinct, as a real corpus would be.
    /// </summary>
    private static (int Documents, long Bytes) Copy(string folder, string corpus, long bytes)
    {
        var files = Directory.GetFiles(folder).Where(f => DocumentFile(f)).Order(StringComparer.Ordinal).ToList();
        var index = Path.Combine(folder, "index.jsonl");
        var documents = 0;
        long written = 0;
        for (var copy = 0; files.Count > 0 && written < bytes; copy++)
        {
            var target = Path.Combine(corpus, "c" + copy.ToString("000", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(target);
            if (File.Exists(index))
            {
                File.Copy(index, Path.Combine(target, "index.jsonl"));
            }

            foreach (var file in files)
            {
                var text = File.ReadAllText(file) + "\n\nCopy " + copy.ToString(CultureInfo.InvariantCulture) + ".\n";
                File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), text);
                written += Encoding.UTF8.GetByteCount(text);
                documents++;
            }
        }

        return (documents, written);
    }

    /// <summary>
    /// Processor seconds of this process's live threads that match, from /proc (Linux; 0 elsewhere):
    /// per thread, unlike the process total, and unaffected by how long a thread waited for a core.
    /// </summary>
    private static double ThreadSeconds(Func<string, bool> id, Func<string, bool> name)
    {
        const double TicksPerSecond = 100;
        const string Tasks = "/proc/self/task";
        if (!Directory.Exists(Tasks))
        {
            return 0;
        }

        double seconds = 0;
        foreach (var task in Directory.GetDirectories(Tasks))
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(task, "stat"));
            }
            catch (IOException)
            {
                continue;
            }

            // "tid (name) state ...": utime and stime are the 14th and 15th fields, the 12th and 13th after the name.
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');
            if (id(Path.GetFileName(task)) && name(stat[(open + 1)..close]))
            {
                seconds += (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
        }

        return seconds;
    }

    private static bool DocumentFile(string path) => Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".html" or ".htm";

    private static string LoadAverage()
    {
        const string Source = "/proc/loadavg";
        return File.Exists(Source) ? string.Join(' ', File.ReadAllText(Source).Split(' ').Take(3)) : "unknown";
    }
}
