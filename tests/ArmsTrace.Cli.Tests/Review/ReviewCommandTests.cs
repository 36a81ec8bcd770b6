using System.Text.Json;
using ArmsTrace.Cli.Tests.Loading;
using ArmsTrace.Cli.Tests.Matching;
using ArmsTrace.Core;

namespace ArmsTrace.Cli.Tests.Review;

[Collection(ConsoleCollection.Name)]
public sealed class ReviewCommandTests : IDisposable
{
    private const string Text = "Iran shipped Shahed drones to Russia in 2022. Britain sanctioned three Iranian firms in October.\n";

    private readonly TempFolder _folder = new();

    private string Db => _folder.PathOf("review.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reextract_ChangedPatternFile_EditStillApplies()
    {
        var supply = IngestAndFindSupply();
        var edit = CliRunner.Run("review", "edit", supply.ToString(System.Globalization.CultureInfo.InvariantCulture), "--object", "new:group:Test Militia", "--reason", "test", "--db", Db);
        Assert.True(edit.Code == 0, edit.Out + edit.Error);

        // Without its sanction tree patterns the extractor reads the second sentence another way: a new version.
        var patterns = _folder.Write("patterns.txt", string.Join('\n', ResourceFiles.ReadLines("lexicons/claim-patterns.txt").Where(l => !l.StartsWith("sanction\t", StringComparison.Ordinal))));
        var reextract = CliRunner.Run("reextract", "--patterns", patterns, "--db", Db);
        Assert.True(reextract.Code == 0, reextract.Out + reextract.Error);
        Assert.Contains("1 new versions", reextract.Out, StringComparison.Ordinal);

        var claims = Claims("--type", "supply");
        var corrected = Assert.Single(claims);
        Assert.Equal(("Test Militia", "correction", 2), (corrected.GetProperty("objectName").GetString(), corrected.GetProperty("review").GetString(), corrected.GetProperty("documentVersion").GetInt32()));
        Assert.Equal("Russia", Assert.Single(Claims("--type", "supply", "--raw")).GetProperty("objectName").GetString());
        Assert.Contains("word-trigger rule", Assert.Single(Claims("--type", "sanction")).GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.Contains("0 orphaned judgements", CliRunner.Run("review", "orphans", "--db", Db).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_RejectUndoAndLog_ShowInClaimsAndAudit()
    {
        var supply = IngestAndFindSupply().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var list = CliRunner.Run("review", "list", "--db", Db, "--json");
        Assert.Contains(JsonDocument.Parse(list.Out).RootElement.EnumerateArray(), i => i.GetProperty("claim").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) == supply);

        var reject = CliRunner.Run("review", "reject", supply, "--reason", "wrong", "--by", "tester", "--db", Db);
        Assert.Contains("undo with `armstrace review undo 1`", reject.Out, StringComparison.Ordinal);
        Assert.Empty(Claims("--type", "supply"));
        Assert.Equal("rejected", Assert.Single(Claims("--type", "supply", "--raw")).GetProperty("review").GetString());

        Assert.Equal(0, CliRunner.Run("review", "undo", "1", "--by", "tester", "--db", Db).Code);
        Assert.Single(Claims("--type", "supply"));
        var log = CliRunner.Run("review", "log", "--format", "csv", "--db", Db).Out;
        Assert.Contains("claim,1,reject,", log, StringComparison.Ordinal);
        Assert.Contains(",wrong,tester,", log, StringComparison.Ordinal);

        var bad = CliRunner.Run("review", "edit", supply, "--stance", "sure", "--db", Db);
        Assert.Equal(2, bad.Code);
        Assert.Contains("'sure' is not a stance", bad.Error, StringComparison.Ordinal);
    }

    private long IngestAndFindSupply()
    {
        _folder.Write("docs/shipment.txt", Text);
        var ingest = CliRunner.Run("ingest", "--db", Db, _folder.PathOf("docs"));
        Assert.True(ingest.Code == 0, ingest.Out + ingest.Error);
        return Assert.Single(Claims("--type", "supply")).GetProperty("id").GetInt64();
    }

    private List<JsonElement> Claims(params string[] args)
    {
        var run = CliRunner.Run(["claims", "--json", "--db", Db, .. args]);
        Assert.True(run.Code == 0, run.Error);
        return [.. JsonDocument.Parse(run.Out).RootElement.Clone().EnumerateArray()];
    }
}
