using System.Text.Json;
using ArmsTrace.Cli.Tests.Exports;
using ArmsTrace.Cli.Tests.Matching;

namespace ArmsTrace.Cli.Tests.Corroboration;

/// <summary>`disputes`, `show` with facts, and `--as-of` on `claims`, `show` and `export`, over the demo graph.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CorroborationCommandTests(DemoGraphFixture demo) : IClassFixture<DemoGraphFixture>
{
    [Fact]
    public void Disputes_DemoGraph_ListsTehransDenialAgainstTheConfirmations()
    {
        var (code, output, error) = CliRunner.Run("disputes", "--db", demo.Database, "--json");
        Assert.True(code == 0, error);
        var disputes = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var russia = disputes.Single(d => Fact(d) == "kb:iran|supply|kb:russia");
        Assert.Contains("stances", russia.GetProperty("fact").GetProperty("disputes").EnumerateArray().Select(r => r.GetString()));
        var sides = russia.GetProperty("sides").EnumerateArray().ToDictionary(s => s.GetProperty("label").GetString()!, s => s.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("known").GetString()!).ToList());
        Assert.Equal(["affirmed", "denied"], sides.Keys.Order(StringComparer.Ordinal));
        Assert.All(sides.Values, dates => Assert.Equal(dates.Order(StringComparer.Ordinal), dates));
    }

    [Fact]
    public void Disputes_AsOfBeforeTheDenial_LeavesIranRussiaUndisputed()
    {
        var (code, output, _) = CliRunner.Run("disputes", "--db", demo.Database, "--json", "--as-of", "2022-09");
        Assert.Equal(0, code);
        Assert.DoesNotContain(JsonDocument.Parse(output).RootElement.EnumerateArray(), d => Fact(d) == "kb:iran|supply|kb:russia");
    }

    [Fact]
    public void Claims_AsOf_KeepsOnlyWhatWasPublishedByThen()
    {
        var (code, output, error) = CliRunner.Run("claims", "--db", demo.Database, "--json", "--limit", "1000", "--as-of", "2022-10-17");
        Assert.True(code == 0, error);
        var published = JsonDocument.Parse(output).RootElement.EnumerateArray().Select(c => c.GetProperty("published").GetString()!).ToList();
        Assert.NotEmpty(published);
        Assert.All(published, p => Assert.True(string.CompareOrdinal(p, "2022-10-17") <= 0, p));
    }

    [Fact]
    public void Claims_MalformedAsOf_IsAnErrorNamingTheFormat()
    {
        var (code, _, error) = CliRunner.Run("claims", "--db", demo.Database, "--as-of", "2024-99-99");
        Assert.NotEqual(0, code);
        Assert.Contains("--as-of: '2024-99-99' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Iran_PrintsFactsWithSourcesAndTimelines()
    {
        var (code, output, error) = CliRunner.Run("show", "Iran", "--db", demo.Database);
        Assert.True(code == 0, error);
        Assert.Contains("Facts", output, StringComparison.Ordinal);
        Assert.Contains("Iran [supply] Russia: ", output, StringComparison.Ordinal);
        // The terminal wraps long lines; the timeline is one line of text before it does.
        Assert.Contains("denied by Iran 2022-10-17", string.Join(' ', output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_AsOf_LeavesOutLaterClaims()
    {
        var path = demo.PathOf("as-of.graphml");
        var (code, _, error) = CliRunner.Run("export", "--format", "graphml", "--db", demo.Database, "--as-of", "2020", "--out", path);
        Assert.True(code == 0, error);
        var text = File.ReadAllText(path);
        Assert.Contains("2019-09-16", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2022-10-17", text, StringComparison.Ordinal);
        var (bad, _, message) = CliRunner.Run("export", "--format", "graphml", "--db", demo.Database, "--as-of", "last week", "--out", path);
        Assert.NotEqual(0, bad);
        Assert.Contains("YYYY, YYYY-MM or YYYY-MM-DD", message, StringComparison.Ordinal);
    }

    private static string Fact(JsonElement dispute)
    {
        var f = dispute.GetProperty("fact");
        return $"{f.GetProperty("subjectKey").GetString()}|{f.GetProperty("type").GetString()}|{f.GetProperty("targetKey").GetString()}";
    }
}
