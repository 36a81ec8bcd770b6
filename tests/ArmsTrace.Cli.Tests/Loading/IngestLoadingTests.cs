using ArmsTrace.Cli.Tests.Matching;

namespace ArmsTrace.Cli.Tests.Loading;

/// <summary>The loader as `armstrace ingest` uses it: what reaches the store and what reaches the terminal.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class IngestLoadingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Ingest_SameNameInTwoFolders_StoresTwoDocumentsAndFindsBothAgain()
    {
        _temp.Write("docs/a/report.txt", "Iran received drone engines from Zarvan Aviation Industries.\n");
        _temp.Write("docs/b/report.txt", "Russia bought drones from Kestrel Rotor Works.\n");
        var db = _temp.PathOf("graph.db");

        var first = CliRunner.Run("ingest", "--db", db, _temp.PathOf("docs"));
        var second = CliRunner.Run("ingest", "--db", db, _temp.PathOf("docs"));

        Assert.True(first.Code == 0, first.Out + first.Error);
        Assert.Contains("2 added, 0 new versions, 0 unchanged,", first.Out, StringComparison.Ordinal);
        Assert.Contains("0 added, 0 new versions, 2 unchanged,", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_NamesWithTerminalControls_ArePrintedEscaped()
    {
        _temp.Write("docs/\u001b[2Jwiped.txt", []);
        _temp.Write("docs/\u202etxt.exe.txt", []);
        _temp.Write("docs/\u001b]0;owned\u0007.txt", "Russia bought drones from Kestrel Rotor Works.\n");

        var (code, output, error) = CliRunner.Run("ingest", "--db", _temp.PathOf("graph.db"), _temp.PathOf("docs"));

        Assert.Equal(1, code);
        Assert.DoesNotContain('\u001b', output + error);
        Assert.DoesNotContain('\u0007', output + error);
        Assert.DoesNotContain('\u202e', output + error);
        Assert.Contains("Ingesting \\x1b]0;owned\\x07.txt", output, StringComparison.Ordinal);
        Assert.Contains(_temp.PathOf("docs/\\x1b[2Jwiped.txt") + ": is empty (0 bytes)", error, StringComparison.Ordinal);
        Assert.Contains(_temp.PathOf("docs/\\u202etxt.exe.txt") + ": is empty (0 bytes)", error, StringComparison.Ordinal);
    }
}
