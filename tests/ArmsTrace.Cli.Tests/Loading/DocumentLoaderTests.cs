using System.Text;
using ArmsTrace.Cli.Loading;

namespace ArmsTrace.Cli.Tests.Loading;

public sealed class DocumentLoaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_TextFileInFolderWithIndex_TakesMetadataFromIndex()
    {
        _temp.Write("seeds/001_report.txt", "The ministry said the shipment left port in May.\n");
        _temp.Write("seeds/index.jsonl", """
            {"file":"001_report.txt","outlet":"Harbour Daily","published":"2022-08-05","url":"https://example.test/a","title":"Shipment leaves","note":"ignored"}
            """);

        var result = Assert.Single(Load(_temp.PathOf("seeds")));

        var loaded = Assert.IsType<LoadedDocument>(result);
        var metadata = loaded.Document.Metadata;
        Assert.Equal("001_report.txt", metadata.Key);
        Assert.Equal("Harbour Daily", metadata.Outlet);
        Assert.Equal("2022-08-05", metadata.Published);
        Assert.Equal("https://example.test/a", metadata.Url);
        Assert.Equal("Shipment leaves", metadata.Title);
        Assert.Equal("The ministry said the shipment left port in May.\n", loaded.Document.Text);
        Assert.Equal(_temp.PathOf("seeds/001_report.txt"), loaded.Path);
        Assert.Empty(loaded.Warnings);
    }

    [Fact]
    public void Load_PublishedAndOutletOptions_OverrideTheIndex()
    {
        _temp.Write("a.txt", "A convoy was seen near the border.");
        _temp.Write("index.jsonl", """{"file":"a.txt","outlet":"Old Outlet","published":"2020","title":"Convoy"}""");
        var options = new LoadOptions { Published = "2023-11", Outlet = "New Outlet" };

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(options, _temp.Root)));

        Assert.Equal("New Outlet", loaded.Document.Metadata.Outlet);
        Assert.Equal("2023-11", loaded.Document.Metadata.Published);
        Assert.Equal("Convoy", loaded.Document.Metadata.Title);
    }

    [Fact]
    public void Load_NamedFileWithOverrides_UsesTheOverrides()
    {
        var path = _temp.Write("single.txt", "Officials denied the report.");
        var options = new LoadOptions { Published = "2021-10", Outlet = "Wire Service" };

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(options, path)));

        Assert.Equal(new("single.txt", Outlet: "Wire Service", Published: "2021-10"), loaded.Document.Metadata);
        Assert.Equal(path, loaded.Path);
    }

    [Fact]
    public void Load_EmptyFile_FailsNamingTheFile()
    {
        var path = _temp.Write("empty.txt", []);

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.Equal("is empty (0 bytes)", failure.Message);
        Assert.Contains("empty.txt", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhitespaceOnlyFile_FailsAsEmpty()
    {
        var path = _temp.Write("blank.txt", " \r\n\t\n");

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.Equal("is empty (only whitespace)", failure.Message);
    }

    [Fact]
    public void Load_PngFile_FailsAsBinaryNamingTheKind()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        var path = _temp.Write("photo.txt", png);

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.Equal("looks like a binary file (PNG image)", failure.Message);
    }

    [Fact]
    public void Load_FileWithNulBytes_FailsAsBinary()
    {
        var path = _temp.Write("dump.txt", [.. "Some text"u8, 0x00, 0x01, 0x02, .. "more"u8]);

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.Equal("looks like a binary file (contains NUL bytes)", failure.Message);
    }

    [Fact]
    public void Load_FileFullOfControlCharacters_FailsAsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var path = _temp.Write("noise.txt", bytes);

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.StartsWith("looks like a binary file (", failure.Message, StringComparison.Ordinal);
        Assert.Contains("control characters", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileOverMaxSize_FailsWithTheSizeWithoutReadingIt()
    {
        var path = _temp.PathOf("huge.txt");
        const long size = 50L * 1024 * 1024;

        // Sparse where the file system allows, so the test stays fast; the exclusive lock proves the loader never
        // opened the file: had it tried, it would have failed with a sharing error instead of the size.
        using var held = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        held.SetLength(size);
        held.Flush();

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.Equal("is 50.0 MB; the limit is 20 MB (LoadOptions.MaxFileBytes / --max-size)", failure.Message);
    }

    [Fact]
    public void Load_SmallerMaxFileBytes_IsHonoured()
    {
        var path = _temp.Write("note.txt", new string('x', 3000));

        var failure = AssertFailure(Assert.Single(Load(new LoadOptions { MaxFileBytes = 2048 }, path)), path);

        Assert.Equal("is 2.9 KB; the limit is 2 KB (LoadOptions.MaxFileBytes / --max-size)", failure.Message);
    }

    [Fact]
    public void Load_MissingPath_FailsNamingThePathAndGoesOn()
    {
        var missing = _temp.PathOf("nowhere/gone.txt");
        var present = _temp.Write("here.txt", "Still loaded.");

        var results = Load(missing, present);

        var failure = AssertFailure(results[0], missing);
        Assert.Equal("does not exist", failure.Message);
        Assert.Contains(missing, failure.ToString(), StringComparison.Ordinal);
        Assert.IsType<LoadedDocument>(results[1]);
    }

    [Fact]
    public void Load_UnreadableFile_FailsWithTheOsProblem()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = _temp.Write("secret.txt", "Nobody may read this.");
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (!OpenFails(path))
        {
            // Running as root: permissions do not stop reads, so there is nothing to observe.
            return;
        }

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.StartsWith("cannot be read: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("denied", failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_FileLockedByAnotherReader_FailsWithTheOsProblem()
    {
        var path = _temp.Write("locked.txt", "Held open elsewhere.");
        using var held = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        if (!OpenFails(path))
        {
            // File locking disabled (DOTNET_SYSTEM_IO_DISABLEFILELOCKING): no IOException to observe.
            return;
        }

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.StartsWith("cannot be read: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedIndexLine_FailsNamingIndexAndLineAndFilesStillLoad()
    {
        _temp.Write("a.txt", "First report.");
        _temp.Write("b.txt", "Second report.");
        var index = _temp.Write("index.jsonl", """
            {"file":"a.txt","outlet":"Alpha"}
            {"file":"b.txt","outlet":
            """);

        var results = Load(_temp.Root);

        var failure = AssertFailure(results[0], index);
        Assert.Equal(2, failure.Line);
        Assert.StartsWith("is not valid JSON: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("index.jsonl:2: ", failure.ToString(), StringComparison.Ordinal);
        var documents = results.OfType<LoadedDocument>().ToList();
        Assert.Equal(["a.txt", "b.txt"], documents.Select(d => d.Document.Metadata.Key));
        Assert.Equal("Alpha", documents[0].Document.Metadata.Outlet);
        Assert.Null(documents[1].Document.Metadata.Outlet);
    }

    [Fact]
    public void Load_IndexLineWithoutFileOrWithWrongType_Fails()
    {
        _temp.Write("a.txt", "A report.");
        var index = _temp.Write("index.jsonl", """
            {"outlet":"Nobody"}
            {"file":"a.txt","published":2021}
            """);

        var failures = Load(_temp.Root).OfType<LoadFailure>().ToList();

        Assert.Equal([1, 2], failures.Select(f => f.Line));
        Assert.All(failures, f => Assert.Equal(index, f.Path));
        Assert.Contains("'file'", failures[0].Message, StringComparison.Ordinal);
        Assert.Equal("field 'published' must be a string, not a number", failures[1].Message);
    }

    [Fact]
    public void Load_IndexFileNameWithNul_FailsThatLineAndFilesStillLoad()
    {
        _temp.Write("a.txt", "A report.");
        var index = _temp.Write("index.jsonl", """
            {"file":"a\u0000.txt","outlet":"Nobody"}
            {"file":"a.txt","outlet":"Alpha"}
            """);

        var results = Load(_temp.Root);

        var failure = AssertFailure(results[0], index);
        Assert.Equal(1, failure.Line);
        Assert.Equal("field 'file' contains a NUL character", failure.Message);
        Assert.Equal("Alpha", Assert.IsType<LoadedDocument>(Assert.Single(results, r => r is not LoadFailure)).Document.Metadata.Outlet);
    }

    [Fact]
    public void Load_IndexNamingMissingFile_Warns()
    {
        _temp.Write("a.txt", "A report.");
        var index = _temp.Write("index.jsonl", """
            {"file":"a.txt"}
            {"file":"lost.txt","outlet":"Gone"}
            """);

        var results = Load(_temp.Root);

        var warning = AssertFailure(results[0], index);
        Assert.Equal(LoadSeverity.Warning, warning.Severity);
        Assert.Equal(2, warning.Line);
        Assert.Contains("lost.txt", warning.Message, StringComparison.Ordinal);
        Assert.IsType<LoadedDocument>(Assert.Single(results, r => r is not LoadFailure));
    }

    [Fact]
    public void Load_IndexOverMaxSize_FailsAndTheFilesLoadWithoutItsMetadata()
    {
        _temp.Write("a.txt", "A report.");
        var line = """{"file":"a.txt","outlet":"Alpha","title":"A report"}""";
        var index = _temp.Write("index.jsonl", string.Join('\n', Enumerable.Repeat(line, 60)));

        var results = Load(new LoadOptions { MaxFileBytes = 2048 }, _temp.Root);

        var failure = AssertFailure(results[0], index);
        Assert.Equal(
            "is 3.1 KB; the limit is 2 KB (LoadOptions.MaxFileBytes / --max-size); files in this folder load without its metadata",
            failure.Message);
        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(results, r => r is not LoadFailure));
        Assert.Null(loaded.Document.Metadata.Outlet);
    }

    [Fact]
    public void Load_Folder_RecursesInOrdinalOrderEveryTime()
    {
        foreach (var name in new[] { "b.txt", "a/z.txt", "B.txt", "a.txt", "c/d/e.txt", "a/y.html", "c/index.jsonl" })
        {
            var content = name.EndsWith(".html", StringComparison.Ordinal)
                ? "<p>A page about a delivery.</p>"
                : name.EndsWith(".jsonl", StringComparison.Ordinal) ? """{"file":"d/e.txt","outlet":"Deep"}""" : $"Text of {name}.";
            _temp.Write(name, content);
        }

        var first = Load(_temp.Root).Select(r => Path.GetRelativePath(_temp.Root, r.Path)).ToList();
        var second = Load(_temp.Root).Select(r => Path.GetRelativePath(_temp.Root, r.Path)).ToList();

        string[] expected = ["B.txt", "a/y.html", "a/z.txt", "a.txt", "b.txt", "c/d/e.txt"];
        Assert.Equal(expected.Select(p => p.Replace('/', Path.DirectorySeparatorChar)), first);
        Assert.Equal(first, second);
        var nested = Assert.IsType<LoadedDocument>(Load(_temp.Root)[^1]);
        Assert.Equal("Deep", nested.Document.Metadata.Outlet);
    }

    [Fact]
    public void Load_Folder_SkipsHiddenEntriesAndWarnsOfUnknownExtensions()
    {
        _temp.Write("visible.txt", "Shown.");
        _temp.Write(".hidden.txt", "Not shown.");
        _temp.Write(".git/inner.txt", "Not shown either.");
        _temp.Write("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0]);
        _temp.Write("notes.md", "# Notes");
        _temp.Write("report.pdf", "%PDF-1.7");

        var results = Load(_temp.Root);

        Assert.Equal("visible.txt", Assert.Single(results.OfType<LoadedDocument>()).Document.Metadata.Key);
        var skipped = results.OfType<LoadFailure>().ToList();
        Assert.Equal(["notes.md", "photo.jpg", "report.pdf"], skipped.Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal));
        Assert.All(skipped, f => Assert.True(f.IsWarning));
        Assert.Contains("unsupported file type '.pdf'; skipped", skipped.Single(f => f.Path.EndsWith(".pdf", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderLinkToAncestor_IsReportedNotFollowed()
    {
        if (OperatingSystem.IsWindows())
        {
            // Creating links there needs a privilege test machines rarely have.
            return;
        }

        _temp.Write("sub/a.txt", "Inside.");
        var link = _temp.PathOf("sub/loop");
        Directory.CreateSymbolicLink(link, _temp.Root);

        var results = Load(_temp.Root);

        Assert.Equal(2, results.Count);
        Assert.IsType<LoadedDocument>(results[0]);
        var warning = AssertFailure(results[1], link);
        Assert.Equal(LoadSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Load_NamedHiddenFile_IsLoaded()
    {
        var path = _temp.Write(".draft.txt", "Named on purpose.");

        Assert.IsType<LoadedDocument>(Assert.Single(Load(path)));
    }

    [Fact]
    public void Load_NamedUnsupportedFile_WarnsUnsupportedType()
    {
        var path = _temp.Write("notes.md", "# Notes");

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.Equal(LoadSeverity.Warning, failure.Severity);
        Assert.StartsWith("unsupported file type '.md'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NamedIndexFile_FailsAsMetadata()
    {
        var path = _temp.Write("index.jsonl", """{"file":"a.txt"}""");

        var failure = AssertFailure(Assert.Single(Load(path)), path);

        Assert.Contains("folder index", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StreamsResults_ReadingEachPathOnlyWhenReached()
    {
        var first = _temp.Write("first.txt", "One.");
        var second = _temp.Write("second.txt", "Two.");

        using var results = new DocumentLoader().Load([first, second], LoadOptions.Default).GetEnumerator();
        Assert.True(results.MoveNext());
        File.Delete(second);
        Assert.True(results.MoveNext());

        Assert.Equal("does not exist", AssertFailure(results.Current, second).Message);
    }

    [Fact]
    public void Load_BadArguments_ThrowBeforeAnyResult()
    {
        var loader = new DocumentLoader();

        Assert.Throws<ArgumentNullException>(() => loader.Load(null!, LoadOptions.Default));
        Assert.Throws<ArgumentNullException>(() => loader.Load([], null!));
        Assert.Throws<ArgumentException>(() => loader.Load([" "], LoadOptions.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => loader.Load([], new LoadOptions { MaxFileBytes = 0 }));
        Assert.Throws<ArgumentException>(() => loader.Load([], new LoadOptions { Outlet = "" }));
    }

    [Fact]
    public void Load_Utf8Bom_IsNotPartOfTheText()
    {
        var path = _temp.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Caf\u00e9 report.")]);

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(path)));

        Assert.Equal("Caf\u00e9 report.", loaded.Document.Text);
    }

    internal static List<LoadResult> Load(params string[] paths) => Load(LoadOptions.Default, paths);

    internal static List<LoadResult> Load(LoadOptions options, params string[] paths) =>
        [.. new DocumentLoader().Load(paths, options)];

    internal static LoadFailure AssertFailure(LoadResult result, string path)
    {
        var failure = Assert.IsType<LoadFailure>(result);
        Assert.Equal(path, failure.Path);
        return failure;
    }

    private static bool OpenFails(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
