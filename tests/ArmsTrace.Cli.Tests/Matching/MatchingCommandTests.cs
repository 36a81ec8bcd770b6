using System.Text.Json;
using ArmsTrace.Cli.Tests.Loading;

namespace ArmsTrace.Cli.Tests.Matching;

/// <summary>Matching, merging and screening through whole commands; a subclass says which database --db names.</summary>
public abstract class MatchingCommandTests : IDisposable
{
    /// <summary>The --db value for this test; the same for every command the test runs.</summary>
    protected abstract string Db { get; }

    /// <summary>Scratch files of this test (documents, name lists); a SQLite database may go here too.</summary>
    private protected TempFolder Folder { get; } = new();

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("Quds Force", "kb:qods-force")]
    [InlineData("Esmail Qaani", "kb:esmail-ghaani")]
    [InlineData("IRGC-QF", "kb:qods-force")]
    public void Show_AliasOfSeedEntity_FindsTheEntity(string name, string key)
    {
        var ingest = CliRunner.Run("ingest", "--db", Db, SeedsFolder());
        Assert.True(ingest.Code == 0, ingest.Out + ingest.Error);
        var (code, output, error) = CliRunner.Run("show", name, "--db", Db, "--json");
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(key, doc.RootElement.GetProperty("entity").GetProperty("key").GetString());
    }

    [Fact]
    public void Unmerge_AfterMerge_RestoresBothEntitiesAndTheirClaims()
    {
        Folder.Write("docs/a.txt", "Iran received drone engines from Zarvan Aviation Industries.\n");
        Folder.Write("docs/c.txt", "Russia bought drones from Zarvan Aviation Industry.\n");
        Assert.Equal(0, CliRunner.Run("ingest", "--db", Db, Folder.PathOf("docs")).Code);
        Assert.Single(Claims("Zarvan Aviation Industries"));
        Assert.Single(Claims("Zarvan Aviation Industry"));

        var suggest = CliRunner.Run("merges", "suggest", "--apply", "--db", Db, "--json");
        Assert.Equal(0, suggest.Code);
        using (var doc = JsonDocument.Parse(suggest.Out))
        {
            var proposal = Assert.Single(doc.RootElement.GetProperty("proposals").EnumerateArray());
            Assert.True(proposal.GetProperty("score").GetDouble() >= 0.85);
            Assert.NotEmpty(proposal.GetProperty("reasons").EnumerateArray());
        }

        var merged = Claims("Zarvan Aviation Industries");
        Assert.Equal(2, merged.Count);
        Assert.Contains("Zarvan Aviation Industry", merged.Select(c => c.Subject));
        Assert.Contains("Zarvan Aviation Industries", merged.Select(c => c.Subject));

        var list = CliRunner.Run("merges", "list", "--db", Db, "--json");
        using (var doc = JsonDocument.Parse(list.Out))
        {
            var merge = Assert.Single(doc.RootElement.EnumerateArray());
            Assert.Equal(0, CliRunner.Run("unmerge", merge.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db).Code);
        }

        Assert.Equal(("Zarvan Aviation Industries", "Iran"), Assert.Single(Claims("Zarvan Aviation Industries")));
        Assert.Equal(("Zarvan Aviation Industry", "Russia"), Assert.Single(Claims("Zarvan Aviation Industry")));
        Assert.Contains("undone", CliRunner.Run("merges", "list", "--all", "--db", Db).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ByHand_IsStoredAsManualAndUndoTwiceFails()
    {
        Folder.Write("docs/a.txt", "Iran received drone engines from Zarvan Aviation Industries.\n");
        Folder.Write("docs/c.txt", "Russia bought drones from Kestrel Rotor Works.\n");
        Assert.Equal(0, CliRunner.Run("ingest", "--db", Db, Folder.PathOf("docs")).Code);
        var merge = CliRunner.Run("merge", "Zarvan Aviation Industries", "Kestrel Rotor Works", "--db", Db, "--reason", "same registry number", "--by", "analyst");
        Assert.True(merge.Code == 0, merge.Error);
        Assert.Equal(2, Claims("Kestrel Rotor Works").Count);
        var again = CliRunner.Run("merge", "Zarvan Aviation Industries", "Kestrel Rotor Works", "--db", Db);
        Assert.NotEqual(0, again.Code);
        Assert.Contains("already merged", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("unmerge", "1", "--db", Db).Code);
        var twice = CliRunner.Run("unmerge", "1", "--db", Db);
        Assert.NotEqual(0, twice.Code);
        Assert.Contains("already undone", twice.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, CliRunner.Run("unmerge", "99", "--db", Db).Code);
    }

    [Fact]
    public void ImportList_EveryFormat_ThenScreenFindsVariants()
    {
        foreach (var file in new[] { "sample-sdn.xml", "sample-sdn.csv", "sample-un.xml", "sample-ftm.jsonl" })
        {
            var run = CliRunner.Run("import-list", Sample(file), "--db", Db);
            Assert.True(run.Code == 0, run.Error);
        }

        var names = Folder.Write("names.txt", "# names to check\nIsmail Ghorbanzadeh\nMohammad Jawad Khosravani\nHussein Ali Tavakkoli\nNader Gholamrezaei\nKPRC\nNobody Atall Known\n");
        var (code, output, error) = CliRunner.Run("screen", names, "--db", Db, "--json");
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        var best = doc.RootElement.EnumerateArray().ToDictionary(
            r => r.GetProperty("query").GetString()!,
            r => r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).FirstOrDefault());
        Assert.Equal("ofac-sdn:990001", best["Ismail Ghorbanzadeh"]);
        Assert.Equal("ofac-sdn:990011", best["Mohammad Jawad Khosravani"]);
        Assert.Equal("un-consolidated:7700001", best["Hussein Ali Tavakkoli"]);
        Assert.Equal("ftm:test-ftm-001", best["Nader Gholamrezaei"]);
        Assert.Equal("un-consolidated:7700002", best["KPRC"]);
        Assert.Null(best["Nobody Atall Known"]);
    }

    [Fact]
    public void Screen_BirthDateDisagrees_NoListHit()
    {
        Assert.Equal(0, CliRunner.Run("import-list", Sample("sample-sdn.xml"), "--db", Db).Code);
        var (_, output, _) = CliRunner.Run("screen", "--name", "Esmaeel Ghorbanzadeh", "--birth-date", "1990", "--db", Db, "--json", "--min-score", "0.85");
        Assert.DoesNotContain("ofac-sdn:990001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportList_BadFile_ClearErrorNoCrash()
    {
        var bad = Folder.Write("broken.xml", "<sdnList><sdnEntry><uid>1</uid>\n<lastName>X</lastName>");
        var (code, _, error) = CliRunner.Run("import-list", bad, "--db", Db);
        Assert.Equal(1, code);
        Assert.Contains("broken.xml: line", error, StringComparison.Ordinal);
        var missing = CliRunner.Run("screen", Folder.PathOf("none.txt"), "--db", Db);
        Assert.Equal(1, missing.Code);
        Assert.Contains("none.txt: cannot be read", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run("screen", "--name", "X", "--type", "spaceship", "--db", Db).Code);
    }

    private List<(string Subject, string Object)> Claims(string name)
    {
        var (code, output, error) = CliRunner.Run("show", name, "--db", Db, "--json");
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        return [.. doc.RootElement.GetProperty("claims").EnumerateArray()
            .Select(c => (c.GetProperty("subjectName").GetString()!, c.GetProperty("objectName").GetString()!))];
    }

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Lists", "Data", name);

    private static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/eval/seeds not found above " + AppContext.BaseDirectory);
    }
}
