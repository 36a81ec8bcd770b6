using ArmsTrace.Cli.Loading;
using static ArmsTrace.Cli.Tests.Loading.DocumentLoaderTests;

namespace ArmsTrace.Cli.Tests.Loading;

/// <summary>Document keys: what the store matches a document on when it is ingested again.</summary>
public sealed class DocumentLoaderKeyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_SameNameInTwoFolders_GetsTwoKeysRelativeToTheRoot()
    {
        _temp.Write("docs/a/report.txt", "The first report.");
        _temp.Write("docs/b/report.txt", "The second report.");
        _temp.Write("docs/b/deeper/report.txt", "The third report.");
        _temp.Write("docs/top.txt", "At the top.");

        var keys = Keys(Load(_temp.PathOf("docs")));

        Assert.Equal(["a/report.txt", "b/deeper/report.txt", "b/report.txt", "top.txt"], keys);
    }

    [Fact]
    public void Load_FolderTwice_GivesTheSameKeysEveryRun()
    {
        _temp.Write("a/report.txt", "The first report.");
        _temp.Write("b/report.txt", "The second report.");

        Assert.Equal(Keys(Load(_temp.Root)), Keys(Load(_temp.Root)));
    }

    [Fact]
    public void Load_NamedFileInASubfolder_KeepsItsFileNameAsKey()
    {
        var path = _temp.Write("a/report.txt", "Named on the command line.");

        Assert.Equal(["report.txt"], Keys(Load(path)));
    }

    [Fact]
    public void Load_JsonlInSubfolder_KeysLinesByItsRelativePath()
    {
        _temp.Write("feeds/one/feed.jsonl", """{"text":"From feed one."}""");
        _temp.Write("feeds/two/feed.jsonl", """{"text":"From feed two."}""" + "\n" + """{"text":"Has its own key.","key":"own-key"}""");
        _temp.Write("feeds/feed.jsonl", """{"text":"From the top feed."}""");

        var keys = Keys(Load(_temp.PathOf("feeds")));

        Assert.Equal(["feed.jsonl#1", "one/feed.jsonl#1", "two/feed.jsonl#1", "own-key"], keys);
    }

    [Fact]
    public void Load_IndexInSubfolder_StillDescribesItsOwnFiles()
    {
        _temp.Write("docs/a/report.txt", "The first report.");
        _temp.Write("docs/b/report.txt", "The second report.");
        _temp.Write("docs/a/index.jsonl", """{"file":"report.txt","outlet":"Alpha Wire"}""");
        _temp.Write("docs/index.jsonl", """{"file":"b/report.txt","outlet":"Beta Daily"}""");

        var documents = Load(_temp.PathOf("docs")).OfType<LoadedDocument>().Select(d => d.Document.Metadata).ToList();

        Assert.Equal(["a/report.txt", "b/report.txt"], documents.Select(m => m.Key));
        Assert.Equal(["Alpha Wire", "Beta Daily"], documents.Select(m => m.Outlet));
    }

    private static List<string> Keys(List<LoadResult> results) =>
        [.. results.Select(r => Assert.IsType<LoadedDocument>(r).Document.Metadata.Key)];
}
