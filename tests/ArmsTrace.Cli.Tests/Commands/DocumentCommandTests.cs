using ArmsTrace.Cli.Tests.Loading;
using ArmsTrace.Cli.Tests.Matching;

namespace ArmsTrace.Cli.Tests.Commands;

/// <summary>`ingest` correcting metadata, `documents delete` and `search`, on SQLite (the storage suite runs the same rules on PostgreSQL).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DocumentCommandTests : IDisposable
{
    private const string Report = "Pakistan supplied artillery shells to Ukraine through Poland, a customs report said.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingest_SameFileWithCorrectedOutletAndDate_SaysMetadataUpdated()
    {
        var db = Stored();

        var (code, output, _) = CliRunner.Run("ingest", "--db", db, "--outlet", "Vistula Courier", "--published", "2023-11-20", _folder.PathOf("docs"));

        Assert.Equal(0, code);
        Assert.Contains("0 added, 0 new versions, 0 unchanged, 1 metadata updated,", output, StringComparison.Ordinal);
        var claims = CliRunner.Run("claims", "--db", db, "--json").Out;
        Assert.Contains("\"outlet\":\"Vistula Courier\"", claims, StringComparison.Ordinal);
        Assert.Contains("\"published\":\"2023-11-20\"", claims, StringComparison.Ordinal);
        Assert.Contains("0 added, 0 new versions, 1 unchanged,", CliRunner.Run("ingest", "--db", db, "--outlet", "Vistula Courier", "--published", "2023-11-20", _folder.PathOf("docs")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentsDelete_StoredDocument_RemovesItsClaimsAndLogsWhoDidIt()
    {
        var db = Stored();

        var (code, output, _) = CliRunner.Run("documents", "delete", "shells.txt", "--db", db, "--by", "dana", "--reason", "wrong country in the headline");

        Assert.Equal(0, code);
        Assert.Contains("deleted shells.txt: 1 versions,", output, StringComparison.Ordinal);
        Assert.Contains("no claims here (0 in all)", CliRunner.Run("claims", "--db", db).Out, StringComparison.Ordinal);
        var log = CliRunner.Run("review", "log", "--db", db, "--format", "csv").Out;
        Assert.Contains("document,", log, StringComparison.Ordinal);
        Assert.Contains("dana", log, StringComparison.Ordinal);
        Assert.Contains("wrong country in the headline", log, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentsDelete_UnknownKey_FailsSayingSo()
    {
        var db = Stored();

        var (code, _, error) = CliRunner.Run("documents", "delete", "nothing.txt", "--db", db);

        Assert.Equal(1, code);
        Assert.Contains("No document with key 'nothing.txt'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Words_ListsTheDocumentAndTheEvidence()
    {
        var db = Stored();

        var (code, output, _) = CliRunner.Run("search", "artillery", "shell", "--db", db);

        Assert.Equal(0, code);
        Assert.Contains("shells.txt", output, StringComparison.Ordinal);
        Assert.Contains("showing 1-1 of 1 documents", output, StringComparison.Ordinal);
        Assert.Contains("artillery", output, StringComparison.Ordinal);
        var json = CliRunner.Run("search", "artillery", "--db", db, "--json").Out;
        Assert.Contains("\"match\":true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NoWords_IsAnError()
    {
        var db = Stored();

        var (code, _, error) = CliRunner.Run("search", "--db", db, "--", "***");

        Assert.Equal(2, code);
        Assert.Contains("has no words to search for", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_MistypedDatabase_ErrorsWithoutCreatingIt()
    {
        var db = _folder.PathOf("typo.db");

        var (code, _, error) = CliRunner.Run("search", "shells", "--db", db);

        Assert.Equal(2, code);
        Assert.Contains($"No database at {db}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    private string Stored()
    {
        _folder.Write("docs/shells.txt", Report);
        var db = _folder.PathOf("d.db");
        Assert.Equal(0, CliRunner.Run("ingest", "--db", db, "--outlet", "Wrong Courier", _folder.PathOf("docs")).Code);
        return db;
    }
}
