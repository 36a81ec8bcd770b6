using System.Text.Json;
using ArmsTrace.Cli.Tests.Matching;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Tests.Exports;
using CsvHelper;

namespace ArmsTrace.Cli.Tests.Exports;

/// <summary>`armstrace export` on the demo graph: every format read back by an outside reader, filters, the FtM round trip and the errors.</summary>
public sealed class ExportCommandTests(DemoGraphFixture demo) : IClassFixture<DemoGraphFixture>
{
    [Fact]
    public void Export_DemoGraphAsStix_ValidatesAgainstOasisSchemas()
    {
        var bundle = Json(File.ReadAllText(Export("stix", "demo.stix.json")));
        var problems = StixSchemas.Problems(bundle);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        var objects = bundle.GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal(Claims().Count, objects.Count(o => Text(o, "type") is "relationship" or "note"));
        Assert.Contains(objects, o => Text(o, "type") == "location" && o.TryGetProperty("latitude", out _) && Text(o, "country") is not null);
    }

    [Fact]
    public void Export_DemoGraphAsFollowTheMoney_FitsTheModel()
    {
        var lines = File.ReadAllLines(Export("ftm", "demo.ftm.jsonl")).Select(Json).ToList();
        var problems = FtmModel.Instance.Problems(lines);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Contains(lines, e => Text(e, "schema") == "Sanction");
        Assert.Contains(lines, e => Text(e, "schema") == "Employment");
    }

    [Fact]
    public void Export_DemoGraphAsGraphMl_ReadsWithGraphology()
    {
        var graph = GraphMlReader.Read(Export("graphml", "demo.graphml"));
        Assert.Equal(Claims().Count, graph.GetProperty("edges").GetArrayLength());
        Assert.All(graph.GetProperty("edges").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(Text(e, "evidence"))));
    }

    [Fact]
    public void Export_DemoGraphAsCsv_ReadsWithCsvHelper()
    {
        var folder = demo.PathOf("csv-all");
        var (code, _, error) = CliRunner.Run("export", "--format", "csv", "--db", demo.Database, "--out", folder);
        Assert.True(code == 0, error);
        var claims = Rows(Path.Combine(folder, "claims.csv"));
        Assert.Equal(Claims().Count, claims.Count);
        Assert.All(claims, r => Assert.Equal(r["evidence"], Claims().Single(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == r["claim_id"]).EvidenceText));
        var keys = Rows(Path.Combine(folder, "entities.csv")).Select(r => r["key"]).ToHashSet();
        Assert.All(claims, r => Assert.Contains(r["subject_key"], keys));
    }

    [Fact]
    public void Export_EntityNeighbourhood_HoldsExactlyTheNetworkViewsClaims()
    {
        var folder = demo.PathOf("csv-iran");
        var (code, _, error) = CliRunner.Run("export", "--format", "csv", "--db", demo.Database, "--entity", "Iran", "--type", "supply,sponsor", "--out", folder);
        Assert.True(code == 0, error);
        var graph = StoreLocation.Parse(demo.Database).OpenGraph();
        var view = graph.Neighbourhood("kb:iran", new NeighbourhoodQuery(Types: ["supply", "sponsor"]));
        Assert.NotEmpty(view.Claims);
        Assert.Equal(view.Claims.Select(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), Rows(Path.Combine(folder, "claims.csv")).Select(r => r["claim_id"]).Order());
    }

    [Fact]
    public void Export_FollowTheMoneyImportedAsAList_ScreensTheSameNames()
    {
        var ftm = Export("ftm", "round-trip.ftm.jsonl");
        var fresh = demo.PathOf("round-trip.db");
        var (code, _, error) = CliRunner.Run("import-list", ftm, "--db", fresh);
        Assert.True(code == 0, error);
        var names = StoreLocation.Parse(demo.Database).OpenEvidenceStore().FindEntities(null, 500, 0)
            .Where(e => e.Type is "person" or "organization" && e.Claims > 0).Select(e => e.Name).ToList();
        Assert.True(names.Count >= 10);
        var file = demo.PathOf("names.txt");
        File.WriteAllLines(file, names);
        var inGraph = Screen(file, demo.Database, "graph");
        var inList = Screen(file, fresh, "ftm");
        Assert.Equal(names.Order(), inGraph.Keys.Order());
        Assert.True(inGraph.Count == inList.Count && !inGraph.Except(inList).Any(), string.Join("; ", inGraph.Except(inList).Select(p => $"{p.Key}: graph {p.Value}, list {inList.GetValueOrDefault(p.Key)}")));
    }

    [Fact]
    public void Export_UnknownTypeOrStance_FailsListingTheValidOnes()
    {
        var (code, _, error) = CliRunner.Run("export", "--format", "stix", "--db", demo.Database, "--type", "suply");
        Assert.Equal(2, code);
        Assert.Contains("valid types: supply, manufacture", error, StringComparison.Ordinal);
        (code, _, error) = CliRunner.Run("export", "--format", "stix", "--db", demo.Database, "--stance", "sure");
        Assert.Equal(2, code);
        Assert.Contains("valid stances: asserted", error, StringComparison.Ordinal);
        (code, _, error) = CliRunner.Run("export", "--format", "pdf", "--db", demo.Database);
        Assert.Equal(2, code);
        Assert.Contains("stix, ftm, graphml, csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_MissingDatabase_SaysSoAndCreatesNothing()
    {
        var missing = demo.PathOf("typo.db");
        var (code, _, error) = CliRunner.Run("export", "--format", "stix", "--db", missing);
        Assert.Equal(2, code);
        Assert.Contains("no database at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    private string Export(string format, string name)
    {
        var path = demo.PathOf(name);
        var (code, _, error) = CliRunner.Run("export", "--format", format, "--db", demo.Database, "--out", path);
        Assert.True(code == 0, error);
        return path;
    }

    /// <summary>Each screened name's best hit from one source, as (query, matched entry name).</summary>
    private static Dictionary<string, string> Screen(string names, string db, string source)
    {
        var (code, output, error) = CliRunner.Run("screen", names, "--db", db, "--json", "--min-score", "0.99");
        Assert.True(code == 0, error);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Json(output).EnumerateArray())
        {
            if (row.GetProperty("hits").EnumerateArray().FirstOrDefault(h => Text(h, "source") == source) is { ValueKind: JsonValueKind.Object } hit)
            {
                result[Text(row, "query")!] = Text(hit, "name")!;
            }
        }

        return result;
    }

    private List<StoredClaim> Claims()
    {
        using var store = StoreLocation.Parse(demo.Database).OpenEvidenceStore();
        return [.. store.FindClaims(new ClaimFilter(Limit: 1000))];
    }

    private static List<Dictionary<string, string>> Rows(string path)
    {
        using var csv = CsvReader.Create(File.OpenRead(path));
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.Headers.ToDictionary(h => h, h => csv.GetString(h)));
        }

        return rows;
    }

    private static JsonElement Json(string text)
    {
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
