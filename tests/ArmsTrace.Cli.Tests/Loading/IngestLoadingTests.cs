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
}
