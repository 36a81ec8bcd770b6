using System.Text.Json;
using ArmsTrace.Cli.Commands;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Evaluation;
using ArmsTrace.Core.Extraction;

namespace ArmsTrace.Cli.Tests.Seeds;

/// <summary>End-to-end checks on the shared evaluation seeds (../shared/eval), found by walking up from the test folder.</summary>
public sealed class SeedEvaluationTests
{
    private static string EvalFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval");
            if (File.Exists(Path.Combine(candidate, "gold.jsonl")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/eval not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Eval_Seeds_MeetIssueTargetsForClaimsStanceAndSource()
    {
        var eval = EvalFolder();
        var aliases = GoldReader.ReadAliases(File.ReadAllText(Path.Combine(eval, "aliases.json")));
        using var reader = new StreamReader(Path.Combine(eval, "gold.jsonl"));
        var gold = GoldReader.ReadGold(reader, aliases);
        var pipeline = DefaultPipeline.Create(PipelineResources.Bundled);
        var scores = new List<DocumentScore>();
        foreach (var loaded in new DocumentLoader().Load([Path.Combine(eval, "seeds")], LoadOptions.Default).OfType<LoadedDocument>())
        {
            var context = pipeline.Run(loaded.Document);
            var key = loaded.Document.Metadata.Key;
            scores.Add(ClaimScorer.Score(key, [.. gold.Where(g => ClaimScorer.IsSameDocument(g.Doc, key))],
                [.. context.Claims.Select(c => new PredictedClaim(c.Type.ToName(), c.Subject.Name, c.Object?.Name ?? string.Empty, c.Item?.Name, c.Source?.Name, c.Stance.Coarse()))]));
        }

        Assert.Equal(3, scores.Count);
        var total = DocumentScore.Sum("all", scores);
        // The issue's targets: claims F1 0.80, stance agreement 0.75, source agreement 0.70.
        Assert.True(total.F1 >= 0.80, $"claims F1 {total.F1:0.000} (P {total.Precision:0.000}, R {total.Recall:0.000})");
        Assert.True(DocumentScore.Ratio(total.StanceAgreed, total.StanceChecked) >= 0.75, $"stance {total.StanceAgreed}/{total.StanceChecked}");
        Assert.True(DocumentScore.Ratio(total.SourceAgreed, total.SourceChecked) >= 0.70, $"source {total.SourceAgreed}/{total.SourceChecked}");
    }

    [Fact]
    public void Extract_Seeds_PrintsJsonWhoseEvidenceOffsetsPointIntoTheRawFile()
    {
        var seeds = Path.Combine(EvalFolder(), "seeds");
        using var output = new MemoryStream();
        var code = ExtractCommand.Run([seeds], LoadOptions.Default, output, TextWriter.Null);
        Assert.Equal(0, code);
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var raw = File.ReadAllText(Path.Combine(seeds, doc.RootElement.GetProperty("document").GetString()!));
            var claims = doc.RootElement.GetProperty("claims");
            Assert.True(claims.GetArrayLength() > 0);
            foreach (var claim in claims.EnumerateArray())
            {
                var ev = claim.GetProperty("evidence");
                var start = ev.GetProperty("start").GetInt32();
                var end = ev.GetProperty("end").GetInt32();
                Assert.Equal(raw[start..end], ev.GetProperty("text").GetString());
                Assert.NotNull(ClaimNames.ParseType(claim.GetProperty("type").GetString()));
            }
        }
    }
}
