using System.Diagnostics;
using System.Text;
using ArmsTrace.Cli.Loading;
using static ArmsTrace.Cli.Tests.Loading.DocumentLoaderFileSystemTests;
using static ArmsTrace.Cli.Tests.Loading.DocumentLoaderTests;

namespace ArmsTrace.Cli.Tests.Loading;

/// <summary>
/// Deeply nested HTML: the parser's cost grows with depth times size, so hostile pages are refused before parsing.
/// </summary>
public sealed class DocumentLoaderHtmlNestingTests : IDisposable
{
    // The refusal takes milliseconds; the budget is for a slow, busy test machine.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_200kNestedDivs_IsRefusedQuicklyNamingTheLimit()
    {
        var path = _temp.Write("deep.html", "<html><body>" + Repeat("<div>", 200_000) + "<p>Buried text.</p></body></html>");

        var watch = Stopwatch.StartNew();
        var result = Assert.Single(LoadWithin(Budget, path));
        watch.Stop();

        var failure = AssertFailure(result, path);
        Assert.Equal(
            "nests elements deeper than 2000 levels (the limit for HTML, LoadOptions.MaxHtmlDepth); not parsed",
            failure.Message);
        Assert.True(watch.Elapsed < Budget, $"took {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Theory]
    [InlineData("<div/>")]
    [InlineData("<div><table><td></div>")]
    [InlineData("<span></i>")]
    [InlineData("<ul><li>")]
    public void Load_NestingThatEndTagsOrSlashesDoNotClose_IsRefused(string unit)
    {
        var path = _temp.Write("deep.html", "<body>" + Repeat(unit, 20_000) + "<p>Buried text.</p></body>");

        var failure = AssertFailure(Assert.Single(LoadWithin(Budget, path)), path);

        Assert.StartsWith("nests elements deeper than 2000 levels", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NestingJustWithinTheLimit_Loads()
    {
        var path = _temp.Write("deep.html", "<html><body>" + Repeat("<div>", 1_990) + "<p>Deep but fine.</p>" + Repeat("</div>", 1_990) + "</body></html>");

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(LoadWithin(Budget, path)));

        Assert.Equal("Deep but fine.", loaded.Document.Text);
    }

    [Fact]
    public void Load_LongButShallowPage_Loads()
    {
        var paragraphs = Repeat("<p>A paragraph <b>with <i>sloppy</b> tags<br>and <img src=x.png> a break.", 3_000);
        var svg = "<svg>" + Repeat("<path d='M0 0'/>", 3_000) + "</svg>";
        var list = Repeat("<li><span>An item", 3_000);
        var raw = "<script>" + Repeat("<div>", 3_000) + "</script><textarea>" + Repeat("<div>", 3_000) + "</textarea><!-- " + Repeat("<div>", 3_000) + " -->";
        var path = _temp.Write("long.html", $"<html><head><title>Long</title></head><body><article>{paragraphs}{svg}<ul>{list}</ul>{raw}</article></body></html>");

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(LoadWithin(Budget, path)));

        Assert.StartsWith("Long\n\nA paragraph with sloppy tags", loaded.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SmallerMaxHtmlDepth_IsHonoured()
    {
        var path = _temp.Write("page.html", "<body>" + Repeat("<section>", 30) + "<p>Text.</p></body>");

        var failure = AssertFailure(Assert.Single(Load(new LoadOptions { MaxHtmlDepth = 20 }, path)), path);

        Assert.Equal("nests elements deeper than 20 levels (the limit for HTML, LoadOptions.MaxHtmlDepth); not parsed", failure.Message);
    }

    [Fact]
    public void Load_HtmlParseOverTheTimeLimit_IsAbandoned()
    {
        var path = _temp.Write("long.html", "<body>" + Repeat("<p>A paragraph of a long page.</p>", 5_000) + "</body>");

        var failure = AssertFailure(Assert.Single(Load(new LoadOptions { MaxHtmlParseTime = TimeSpan.FromMilliseconds(1) }, path)), path);

        Assert.Equal("took longer than 0.001 s to parse (the limit for HTML, LoadOptions.MaxHtmlParseTime); abandoned", failure.Message);
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
