using System.Text;
using ArmsTrace.Cli.Loading;
using static ArmsTrace.Cli.Tests.Loading.DocumentLoaderTests;

namespace ArmsTrace.Cli.Tests.Loading;

public sealed class DocumentLoaderFormatTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_HtmlArticle_DropsFurnitureAndDecodesEntities()
    {
        var path = _temp.Write("page.html", """
            <!DOCTYPE html>
            <html><head>
              <title>Drones delivered - Example News</title>
              <meta property="og:title" content="Drones delivered to the coast">
              <meta property="article:published_time" content="2023-11-05T09:30:00+03:00">
              <link rel="canonical" href="https://news.example.test/drones">
              <style>p { color: red; }</style>
              <script>var tracking = "do not keep";</script>
            </head><body>
              <header><a href="/">Home</a> Subscribe now</header>
              <nav><ul><li>World</li><li>Politics</li></ul></nav>
              <article>
                <h1>Drones delivered to the coast</h1>
                <p>The minister said &#34;no transfer took place&#34; on Monday.</p>
                <div class="ad-slot">Buy our newsletter</div>
                <figure><img src="x.jpg"><figcaption>A file photo</figcaption></figure>
                <p>Analysts &amp; diplomats   disagreed
                   about the <b>timing</b>.</p>
                <script>alert("no");</script>
              </article>
              <aside>Most read: something else</aside>
              <footer>Copyright the publisher</footer>
            </body></html>
            """);

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(path)));

        Assert.Equal(
            "Drones delivered to the coast\n\n"
            + "The minister said \"no transfer took place\" on Monday.\n\n"
            + "Analysts & diplomats disagreed about the timing.",
            loaded.Document.Text);
        var metadata = loaded.Document.Metadata;
        Assert.Equal("page.html", metadata.Key);
        Assert.Equal("Drones delivered to the coast", metadata.Title);
        Assert.Equal("https://news.example.test/drones", metadata.Url);
        Assert.Equal("2023-11-05", metadata.Published);
    }

    [Fact]
    public void Load_HtmlWithoutArticleMarkup_TakesTheElementWithMostParagraphText()
    {
        var path = _temp.Write("plain.htm", """
            <html><head><title>Port inspection</title>
            <meta property="og:url" content="https://news.example.test/port"></head>
            <body>
              <div class="sidebar"><p>Short teaser.</p></div>
              <div class="story">
                <p>Inspectors boarded the vessel at dawn.</p>
                <p>They found crates that matched the manifest.</p>
                <time datetime="2022-03-14">14 March</time>
              </div>
            </body></html>
            """);

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(path)));

        Assert.Equal(
            "Port inspection\n\nInspectors boarded the vessel at dawn.\n\nThey found crates that matched the manifest.\n\n14 March",
            loaded.Document.Text);
        Assert.Equal("https://news.example.test/port", loaded.Document.Metadata.Url);
        Assert.Equal("2022-03-14", loaded.Document.Metadata.Published);
    }

    [Fact]
    public void Load_HtmlSiteNameAndJsonLd_GiveOutletAndDate()
    {
        var path = _temp.Write("wire.html", """
            <html><head>
              <meta property="og:site_name" content="Gulf Ledger">
              <script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2022-04-09T17:00:00Z", "publisher": {"name": "Another Name"}}]</script>
            </head><body><article><p>Qatar bought air defence radars from Italy.</p></article></body></html>
            """);

        var metadata = Assert.IsType<LoadedDocument>(Assert.Single(Load(path))).Document.Metadata;

        Assert.Equal(("Gulf Ledger", "2022-04-09"), (metadata.Outlet, metadata.Published));
    }

    [Fact]
    public void Load_HtmlMalformedJsonLd_IsPassedOverAndThePageRead()
    {
        var path = _temp.Write("broken.html", """
            <html><head><script type="application/ld+json">{"datePublished": </script></head>
            <body><article><p>Oman intercepted a rifle shipment.</p></article></body></html>
            """);

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(path)));

        Assert.Equal("Oman intercepted a rifle shipment.", loaded.Document.Text);
        Assert.Null(loaded.Document.Metadata.Published);
    }

    [Fact]
    public void Load_HtmlIndexMetadata_OutranksThePage()
    {
        _temp.Write("p.html", """<html><head><title>Page title</title></head><body><article><p>Body.</p></article></body></html>""");
        _temp.Write("index.jsonl", """{"file":"p.html","title":"Curated title","outlet":"Curated Outlet"}""");

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(_temp.Root)));

        Assert.Equal("Curated title", loaded.Document.Metadata.Title);
        Assert.Equal("Curated Outlet", loaded.Document.Metadata.Outlet);
    }

    [Fact]
    public void Load_HtmlWithNoText_Fails()
    {
        var path = _temp.Write("shell.html", "<html><head><script>app()</script></head><body><nav>Menu</nav></body></html>");

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.Equal("has no article text in its HTML", failure.Message);
    }

    [Fact]
    public void Load_HtmlMetaCharset_IsHonoured()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><p>\u201cQuoted\u201d caf\u00e9.</p></body></html>";
        var path = _temp.Write("legacy.html", CodePage1252(html));

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(path)));

        Assert.Equal("Caf\u00e9\n\n\u201cQuoted\u201d caf\u00e9.", loaded.Document.Text);
        Assert.Empty(loaded.Warnings);
    }

    [Fact]
    public void Load_InvalidUtf8_IsReadAsWindows1252WithAWarning()
    {
        var path = _temp.Write("legacy.txt", CodePage1252("Caf\u00e9 owners \u201cdenied\u201d it."));

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(path)));

        Assert.Equal("Caf\u00e9 owners \u201cdenied\u201d it.", loaded.Document.Text);
        Assert.Equal(["not valid UTF-8 at byte 3; read as Windows-1252"], loaded.Warnings);
    }

    [Fact]
    public void Load_Utf16WithBom_IsDecoded()
    {
        var path = _temp.Write("wide.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Wide caf\u00e9 text.")]);

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(path)));

        Assert.Equal("Wide caf\u00e9 text.", loaded.Document.Text);
        Assert.Empty(loaded.Warnings);
    }

    [Fact]
    public void Load_JsonlGoodAndBadLines_LoadsGoodLinesAndFailsBadOnesByLine()
    {
        var path = _temp.Write("feed.jsonl", """
            {"text":"First story about a missile test.","key":"story-1","title":"Test","outlet":"Feed","published":"2024-01"}
            {"text":"Second story without a key."}
            {"text": "broken
            {"title":"No text here"}

            {"text":"   "}
            [1, 2]
            {"text":"Last story.","url":"https://feed.example.test/last"}
            """);

        var results = Load(path);

        Assert.All(results, r => Assert.Equal(path, r.Path));
        var documents = results.OfType<LoadedDocument>().Select(d => d.Document).ToList();
        Assert.Equal(["story-1", "feed.jsonl#2", "feed.jsonl#8"], documents.Select(d => d.Metadata.Key));
        Assert.Equal(new("story-1", "Test", null, "Feed", "2024-01"), documents[0].Metadata);
        Assert.Equal("Second story without a key.", documents[1].Text);
        Assert.Equal("https://feed.example.test/last", documents[2].Metadata.Url);

        var failures = results.OfType<LoadFailure>().ToList();
        Assert.Equal([3, 4, 6, 7], failures.Select(f => f.Line));
        Assert.StartsWith("is not valid JSON: ", failures[0].Message, StringComparison.Ordinal);
        Assert.Contains("feed.jsonl:3: is not valid JSON", failures[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("has no 'text'", failures[1].Message);
        Assert.Equal("has an empty 'text'", failures[2].Message);
        Assert.Equal("must be a JSON object, not an array", failures[3].Message);
    }

    [Fact]
    public void Load_JsonlWithOverrides_AppliesThemToEveryLine()
    {
        var path = _temp.Write("feed.jsonl", """
            {"text":"One.","outlet":"Own"}
            {"text":"Two."}
            """);

        var documents = Load(new LoadOptions { Outlet = "Override" }, path).OfType<LoadedDocument>().ToList();

        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal("Override", d.Document.Metadata.Outlet));
    }

    [Fact]
    public void Load_NulBytesAfterTheFirst8KB_FailsAsBinary()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Plain words about a shipment. ", 700)))[..20_000];
        var noise = new byte[20_000];
        new Random(8).NextBytes(noise);
        var path = _temp.Write("half.txt", [.. text, .. noise]);

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.Equal("looks like a binary file (contains NUL bytes)", failure.Message);
    }

    [Fact]
    public void Load_ControlCharactersAfterTheFirst8KB_FailAsBinary()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Plain words about a shipment. ", 700)))[..20_000];
        var controls = Enumerable.Range(0, 20_000).Select(i => (byte)(1 + (i % 8))).ToArray();
        var path = _temp.Write("half.txt", [.. text, .. controls]);

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.StartsWith("looks like a binary file (", failure.Message, StringComparison.Ordinal);
        Assert.Contains("control characters", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_JsonlLineWithNul_FailsThatLineAloneAndKeepsTheOthers()
    {
        var path = _temp.Write("feed.jsonl", [
            .. """{"text":"First story."}"""u8, (byte)'\n',
            .. """{"text":"Broken"""u8, 0x00, .. """ story."}"""u8, (byte)'\n',
            .. """{"text":"Third story."}"""u8, (byte)'\n',
        ]);

        var results = Load(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("feed.jsonl#1", Assert.IsType<LoadedDocument>(results[0]).Document.Metadata.Key);
        var failure = AssertFailure(results[1], path);
        Assert.Equal(2, failure.Line);
        Assert.Equal("contains NUL bytes (binary data)", failure.Message);
        Assert.Equal("feed.jsonl#3", Assert.IsType<LoadedDocument>(results[2]).Document.Metadata.Key);
    }

    [Fact]
    public void Load_JsonlEscapeForHalfACharacter_FailsThatLineAlone()
    {
        var path = _temp.Write("feed.jsonl", """
            {"text":"Lone \ud800 surrogate."}
            {"text":"Fine.","title":"Also lone \udc00"}
            {"text":"A whole pair \ud83d\ude80 is fine."}
            """);

        var results = Load(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("field 'text' has a \\u escape for half a character (a lone surrogate)", AssertFailure(results[0], path).Message);
        Assert.Equal("field 'title' has a \\u escape for half a character (a lone surrogate)", AssertFailure(results[1], path).Message);
        Assert.Equal("A whole pair \U0001F680 is fine.", Assert.IsType<LoadedDocument>(results[2]).Document.Text);
    }

    private static byte[] CodePage1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }
}
