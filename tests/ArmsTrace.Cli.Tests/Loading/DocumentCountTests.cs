using ArmsTrace.Cli.Loading;

namespace ArmsTrace.Cli.Tests.Loading;

public sealed class DocumentCountTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Estimate_FolderAndFiles_CountsDocumentsNotIndexesOrHiddenOrOtherFiles()
    {
        _temp.Write("docs/a.txt", "One.");
        _temp.Write("docs/sub/b.html", "<p>Two.</p>");
        _temp.Write("docs/feed.jsonl", "{\"text\":\"Three.\"}\n\n{\"text\":\"Four.\"}\n");
        _temp.Write("docs/index.jsonl", "{\"file\":\"a.txt\"}\n");
        _temp.Write("docs/.hidden/c.txt", "Not counted.");
        _temp.Write("docs/report.pdf", "%PDF");
        var single = _temp.Write("single.txt", "Five.");

        Assert.Equal(5, DocumentCount.Estimate([_temp.PathOf("docs"), single, _temp.PathOf("missing")]));
    }

    [Fact]
    public void Estimate_FolderUnderADotFolder_StillCountsItsDocuments()
    {
        _temp.Write(".cache/docs/a.txt", "One.");
        _temp.Write(".cache/docs/.hidden.txt", "Not counted.");

        Assert.Equal(1, DocumentCount.Estimate([_temp.PathOf(".cache/docs")]));
    }
}
