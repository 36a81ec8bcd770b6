using System.Diagnostics;
using System.Globalization;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Exports;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Bench;

/// <summary>
/// `bench export [--claims N] [--db FILE] [--runs R]`: builds (once) a SQLite store of N generated
/// claims with hub-heavy degrees, then exports the whole graph in each format R times, each run in a
/// child process so its peak working set is the export's own. Prints median time, size and peak memory.
/// </summary>
internal static class ExportThroughput
{
    private const int ClaimsPerDocument = 7;
    private const int ClaimsPerEntity = 5;

    private static readonly string[] Types = ["supply", "manufacture", "use", "attack", "sanction", "sponsor", "part_of", "role", "located_in", "visit", "meeting"];
    private static readonly string[] Stances = ["asserted", "confirmed", "alleged", "reported", "unconfirmed", "denied", "intended", "possible"];
    private static readonly string[] EntityTypes = ["country", "organization", "person", "group", "weapon", "place", "facility"];

    public static int Run(string[] args)
    {
        var claims = Value(args, "--claims", 100_000);
        var runs = Value(args, "--runs", 3);
        var db = Text(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"armstrace-export-bench-{claims}.db");
        if (!File.Exists(db))
        {
            var clock = Stopwatch.StartNew();
            Generate(db, claims);
            Console.WriteLine($"generated {claims:N0} claims in {db} ({new FileInfo(db).Length / 1e6:F1} MB) in {clock.Elapsed.TotalSeconds:F1} s");
        }

        Console.WriteLine($"export of {claims:N0} claims, {runs} runs each, one child process per run");
        Console.WriteLine("| format | median s | claims/s | output MB | median peak working set MB |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var format in new[] { "stix", "ftm", "graphml", "csv" })
        {
            var results = Enumerable.Range(0, runs).Select(_ => Child(db, format)).ToList();
            var seconds = Median(results.Select(r => r.Seconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {format} | {seconds:F2} | {claims / seconds:N0} | {Median(results.Select(r => r.Bytes / 1e6)):F1} | {Median(results.Select(r => r.PeakBytes / 1e6)):F0} |"));
        }

        return 0;
    }

    /// <summary>The child side: one export to a temporary file, then "seconds bytes peak-working-set" on one line.</summary>
    public static int RunOnce(string[] args)
    {
        var db = Text(args, "--db")!;
        var format = ExportFormats.Parse(Text(args, "--format"))!.Value;
        var output = Path.Combine(Path.GetTempPath(), $"armstrace-export-bench-{Guid.NewGuid():N}.out");
        var clock = Stopwatch.StartNew();
        var graph = StoreLocation.Parse(db).OpenGraph();
        try
        {
            using var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            Exporter.Write(format, new ExportSource(graph, KnowledgeBase.Bundled).Read(new ExportQuery()), file);
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = new FileInfo(output).Length;
        File.Delete(output);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds} {bytes} {self.PeakWorkingSet64}"));
        return 0;
    }

    private static (double Seconds, long Bytes, long PeakBytes) Child(string db, string format)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ExportThroughput).Assembly.Location);
        }

        foreach (var a in new[] { "export-run", "--db", db, "--format", format })
        {
            start.ArgumentList.Add(a);
        }

        using var child = Process.Start(start)!;
        var line = child.StandardOutput.ReadToEnd().Trim().Split('\n')[^1].Split(' ');
        child.WaitForExit();
        return (double.Parse(line[0], CultureInfo.InvariantCulture), long.Parse(line[1], CultureInfo.InvariantCulture), long.Parse(line[2], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Documents of seven claims each over N/5 entities; a claim's subject is drawn with a cubed
    /// uniform, so a few hubs hold most claims as Iran and Russia do in real reporting.
    /// </summary>
    private static void Generate(string db, int claims)
    {
        using (StoreLocation.Parse(db).OpenEvidenceStore())
        {
        }

        var random = new Random(20261203);
        var entities = Math.Max(10, claims / ClaimsPerEntity);
        using var connection = new SqliteConnection($"Data Source={db}");
        connection.Open();
        using var tx = connection.BeginTransaction();
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO entities (entity_key, name, type) VALUES ($k, $n, $t)";
            var (k, n, t) = (insert.Parameters.Add("$k", SqliteType.Text), insert.Parameters.Add("$n", SqliteType.Text), insert.Parameters.Add("$t", SqliteType.Text));
            for (var i = 0; i < entities; i++)
            {
                (k.Value, n.Value, t.Value) = (Key(i), $"Entity {i}", EntityTypes[i % EntityTypes.Length]);
                insert.ExecuteNonQuery();
            }
        }

        using var doc = connection.CreateCommand();
        doc.CommandText = """
            INSERT INTO documents (doc_key, version, is_current, content_hash, title, url, outlet, published, raw_text, ingested_at)
            VALUES ($key, 1, 1, $hash, $title, $url, $outlet, $published, $text, '2026-12-03T00:00:00Z') RETURNING id
            """;
        var dp = new[] { "$key", "$hash", "$title", "$url", "$outlet", "$published", "$text" }.ToDictionary(p => p, p => doc.Parameters.Add(p, SqliteType.Text));
        using var claim = connection.CreateCommand();
        claim.CommandText = """
            INSERT INTO claims (document_id, type, subject_key, subject_name, object_key, object_name, item_key, item_name, source_key, source_name,
                stance, time_from, time_to, evidence_start, evidence_end, evidence_text, extractor, extractor_version, recorded_at)
            VALUES ($doc, $type, $s, $sn, $o, $on, $i, $in, $src, $srcn, $stance, $from, $to, $start, $end, $evidence, 'patterns/bench', 'patterns/bench', '2026-12-03T00:00:00Z')
            """;
        var cp = new[] { "$doc", "$type", "$s", "$sn", "$o", "$on", "$i", "$in", "$src", "$srcn", "$stance", "$from", "$to", "$start", "$end", "$evidence" }
            .ToDictionary(p => p, p => claim.Parameters.Add(p, SqliteType.Text));
        for (var d = 0; d * ClaimsPerDocument < claims; d++)
        {
            var sentences = new List<string>();
            var picks = new List<(int S, int O, int I, int Src)>();
            for (var c = 0; c < ClaimsPerDocument && d * ClaimsPerDocument + c < claims; c++)
            {
                var pick = (Hub(random, entities), random.Next(entities), random.Next(entities), random.Next(4) == 0 ? random.Next(entities) : -1);
                picks.Add(pick);
                sentences.Add($"Officials said on Tuesday that Entity {pick.Item1} had sent a shipment of Entity {pick.Item3} to Entity {pick.Item2}, in a deal reported for the {d}th time.");
            }

            var published = new DateOnly(2015, 1, 1).AddDays(d % 4000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            (dp["$key"].Value, dp["$hash"].Value, dp["$title"].Value) = ($"gen/{d:D6}.txt", $"h{d}", $"Generated report {d}");
            (dp["$url"].Value, dp["$outlet"].Value, dp["$published"].Value, dp["$text"].Value) = ($"https://example.org/gen/{d}", $"Outlet {d % 40}", published, string.Join(' ', sentences));
            var id = (long)doc.ExecuteScalar()!;
            var offset = 0;
            for (var c = 0; c < picks.Count; c++)
            {
                var (s, o, i, src) = picks[c];
                cp["$doc"].Value = id;
                (cp["$type"].Value, cp["$stance"].Value) = (Types[random.Next(Types.Length)], Stances[random.Next(Stances.Length)]);
                (cp["$s"].Value, cp["$sn"].Value, cp["$o"].Value, cp["$on"].Value) = (Key(s), $"Entity {s}", Key(o), $"Entity {o}");
                (cp["$i"].Value, cp["$in"].Value) = (Key(i), $"Entity {i}");
                (cp["$src"].Value, cp["$srcn"].Value) = src < 0 ? (DBNull.Value, DBNull.Value) : ((object)Key(src), (object)$"Entity {src}");
                (cp["$from"].Value, cp["$to"].Value) = (published[..7], published[..7]);
                (cp["$start"].Value, cp["$end"].Value, cp["$evidence"].Value) = (offset, offset + sentences[c].Length, sentences[c]);
                claim.ExecuteNonQuery();
                offset += sentences[c].Length + 1;
            }
        }

        tx.Commit();
    }

    private static int Hub(Random random, int entities) => (int)(entities * Math.Pow(random.NextDouble(), 3));

    private static string Key(int i) => $"gen:entity-{i}";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int Value(string[] args, string name, int fallback) =>
        Text(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
