using System.CommandLine;
using System.Globalization;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Evaluation;
using ArmsTrace.Core.Extraction;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>`armstrace eval --gold FILE --aliases FILE PATH...`: scores extraction against gold claims.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Documents to extract from (a folder with index.jsonl gives publication dates)");
        var gold = new Option<string>("--gold") { Description = "Gold claims, one JSON object a line (shared/eval/gold.jsonl)", Required = true };
        var aliases = new Option<string>("--aliases") { Description = "Acceptable names per canonical entity (shared/eval/aliases.json)", Required = true };
        var json = CommonOptions.Json();
        var verbose = new Option<bool>("--verbose") { Description = "List missed gold claims and unmatched predictions" };
        var calibrate = new Option<string?>("--calibrate") { Description = "Also write each kind of claim's measured precision to FILE, the confidence table (src/ArmsTrace.Core/Resources/lexicons/claim-confidence.tsv)" };
        var command = new Command("eval", "Score claim extraction against gold claims: precision, recall, F1 and stance/source/item agreement");
        command.Arguments.Add(paths);
        command.Options.Add(gold);
        command.Options.Add(aliases);
        command.Options.Add(json);
        command.Options.Add(verbose);
        command.Options.Add(calibrate);
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(gold)!, parse.GetValue(aliases)!, parse.GetValue(json), parse.GetValue(verbose), parse.GetValue(calibrate)));
        return command;
    }

    private static int Run(string[] paths, string goldPath, string aliasesPath, bool json, bool verbose, string? calibrate)
    {
        IReadOnlyList<GoldClaim> gold;
        try
        {
            var aliases = GoldReader.ReadAliases(File.ReadAllText(aliasesPath));
            using var reader = new StreamReader(goldPath);
            gold = GoldReader.ReadGold(reader, aliases);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"{goldPath} / {aliasesPath}: {ex.Message}");
            return 2;
        }

        var pipeline = DefaultPipeline.Create(CliResources.Pipeline);
        var input = new DocumentInput();
        var scores = new List<DocumentScore>();
        var calibration = new ConfidenceCalibration();
        foreach (var document in input.Load(paths, LoadOptions.Default, Console.Error))
        {
            var key = document.Metadata.Key;
            var docGold = gold.Where(g => ClaimScorer.IsSameDocument(g.Doc, key)).ToList();
            var context = pipeline.Run(document);
            var predicted = context.Claims.Select(ToPredicted).ToList();
            scores.Add(ClaimScorer.Score(key, docGold, predicted));
            for (var i = 0; i < predicted.Count; i++)
            {
                calibration.Add(context.Claims[i], ClaimScorer.IsRight(docGold, predicted[i]));
            }

            if (verbose)
            {
                PrintDetails(key, docGold, predicted);
            }
        }

        if (calibrate is not null)
        {
            using var writer = new StreamWriter(calibrate);
            calibration.Write(writer, Path.GetFileName(Path.TrimEndingDirectorySeparator(paths[0])));
        }

        var total = DocumentScore.Sum("overall", scores);
        var rows = scores.Concat(BatchScores.Of(scores)).Append(total).ToList();
        if (json)
        {
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                rows.Select(s => new
                {
                    document = s.Document, precision = s.Precision, recall = s.Recall, f1 = s.F1,
                    found = s.Found, required = s.Required, falsePositives = s.FalsePositives,
                    stance = Nan(DocumentScore.Ratio(s.StanceAgreed, s.StanceChecked)),
                    source = Nan(DocumentScore.Ratio(s.SourceAgreed, s.SourceChecked)),
                    item = Nan(DocumentScore.Ratio(s.ItemAgreed, s.ItemChecked)),
                })));
        }
        else
        {
            var table = new Table().AddColumns("document", "P", "R", "F1", "found/req", "FP", "stance", "source", "item");
            foreach (var s in rows)
            {
                table.AddRow(
                    Markup.Escape(s.Document), F(s.Precision), F(s.Recall), F(s.F1),
                    $"{s.Found}/{s.Required}", s.FalsePositives.ToString(CultureInfo.InvariantCulture),
                    Agreement(s.StanceAgreed, s.StanceChecked), Agreement(s.SourceAgreed, s.SourceChecked), Agreement(s.ItemAgreed, s.ItemChecked));
            }

            AnsiConsole.Write(table);
            foreach (var b in rows.Where(r => r.Document.StartsWith("batch ", StringComparison.Ordinal)))
            {
                Console.WriteLine($"{b.Document}: F1 {F(b.F1)} (precision {F(b.Precision)}, recall {F(b.Recall)}, {b.Found}/{b.Required}), source {Agreement(b.SourceAgreed, b.SourceChecked)}");
            }

            Console.WriteLine($"claims F1 {F(total.F1)} (precision {F(total.Precision)}, recall {F(total.Recall)}), source {Agreement(total.SourceAgreed, total.SourceChecked)}");
        }

        return input.Errors > 0 ? 1 : 0;
    }

    private static double? Nan(double v) => double.IsNaN(v) ? null : v;

    private static PredictedClaim ToPredicted(Claim c) =>
        new(c.Type.ToName(), c.Subject.Name, c.Object?.Name ?? string.Empty, c.Item?.Name, c.Source?.Name, c.Stance.Coarse());

    private static void PrintDetails(string key, IReadOnlyList<GoldClaim> gold, IReadOnlyList<PredictedClaim> predicted)
    {
        Console.WriteLine($"== {key}");
        var norm = predicted.Select(p => (p, s: EvalNames.Normalize(p.Subject), o: EvalNames.Normalize(p.Object))).ToList();
        foreach (var g in gold.Where(g => g.Required))
        {
            var hit = norm.Where(n => n.p.Type == g.Type && g.Subjects.Contains(n.s) && g.Objects.Contains(n.o)).ToList();
            var mark = hit.Count > 0 ? "found " : "MISSED";
            Console.WriteLine($"  {mark} {g.Type} {g.Subjects.First()} -> {g.Objects.First()}" +
                (hit.Count > 0 ? $"  [{string.Join("; ", hit.Select(h => $"{h.p.CoarseStance} src={h.p.Source} item={h.p.Item}"))}]" : string.Empty));
        }

        foreach (var n in norm.Where(n => !gold.Any(g => g.Type == n.p.Type && g.Subjects.Contains(n.s) && g.Objects.Contains(n.o))).DistinctBy(n => (n.p.Type, n.s, n.o)))
        {
            Console.WriteLine($"  FP     {n.p.Type} {n.p.Subject} -> {n.p.Object}");
        }
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Agreement(int ok, int n) => n == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)ok / n:0.00} ({ok}/{n})");
}
