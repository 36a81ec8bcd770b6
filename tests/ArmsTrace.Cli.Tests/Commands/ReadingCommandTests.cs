using ArmsTrace.Cli.Tests.Loading;
using ArmsTrace.Cli.Tests.Matching;

namespace ArmsTrace.Cli.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class ReadingCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("show", "Iran")]
    [InlineData("claims")]
    [InlineData("entities")]
    [InlineData("review", "list")]
    [InlineData("serve")]
    public void ReadingCommand_MistypedDatabase_ErrorsWithoutCreatingIt(params string[] command)
    {
        var db = _folder.PathOf("typo.db");
        var (code, _, error) = CliRunner.Run([.. command, "--db", db]);
        Assert.Equal(2, code);
        Assert.Contains($"No database at {db}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("--type", "bogus", "Unknown claim type 'bogus'; use one of supply, manufacture")]
    [InlineData("--stance", "sure", "Unknown stance 'sure'; use one of asserted")]
    public void Claims_UnknownTypeOrStance_ErrorListsTheValidNames(string option, string value, string message)
    {
        _folder.Write("docs/a.txt", "Iran shipped drones to Russia.\n");
        var db = _folder.PathOf("a.db");
        Assert.Equal(0, CliRunner.Run("ingest", "--db", db, _folder.PathOf("docs")).Code);
        var (code, _, error) = CliRunner.Run("claims", option, value, "--db", db);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_HtmlDocument_ShowsEvidenceDecoded()
    {
        _folder.Write("docs/a.html", "<html><body><p>Iran shipped &#34;Shahed&#34; drones to Russia &amp; Belarus.</p></body></html>");
        var db = _folder.PathOf("h.db");
        Assert.Equal(0, CliRunner.Run("ingest", "--db", db, _folder.PathOf("docs")).Code);
        var (_, output, _) = CliRunner.Run("claims", "--db", db);
        Assert.Contains("\"Shahed\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("&#34;", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_PageShorterThanTheWhole_SaysHowMuchIsShown()
    {
        _folder.Write("docs/a.txt", "Iran shipped drones to Russia. China sold drones to Iraq. Turkey sent drones to Ukraine.\n");
        var db = _folder.PathOf("p.db");
        Assert.Equal(0, CliRunner.Run("ingest", "--db", db, _folder.PathOf("docs")).Code);
        var (_, output, _) = CliRunner.Run("claims", "--db", db, "--limit", "2");
        Assert.Contains("showing 1-2 of 3 claims; --offset 2 for the next page", output, StringComparison.Ordinal);
        var csv = CliRunner.Run("claims", "--db", db, "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("claim_id,type,subject_key,subject,", csv[0], StringComparison.Ordinal);
        Assert.Equal(4, csv.Length);
        Assert.Equal("key,name,type,claims", CliRunner.Run("entities", "--db", db, "--format", "csv").Out.Split("\r\n")[0]);
    }
}
