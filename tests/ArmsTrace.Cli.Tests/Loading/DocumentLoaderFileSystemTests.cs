using System.Net.Sockets;
using ArmsTrace.Cli.Loading;
using static ArmsTrace.Cli.Tests.Loading.DocumentLoaderTests;

namespace ArmsTrace.Cli.Tests.Loading;

/// <summary>Links, special files and odd names: what a folder on a Unix disk can hold besides plain files.</summary>
public sealed class DocumentLoaderFileSystemTests : IDisposable
{
    // Far above a healthy load of a few small files, far below "blocked for ever".
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_SymlinkedFile_ReadsTheTarget()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var text = string.Concat(Enumerable.Repeat("The convoy crossed the border at night. ", 41)) + "End";
        Assert.Equal(1643, text.Length);
        _temp.Write("store/original.txt", text);
        var link = _temp.PathOf("links/report.txt");
        Directory.CreateDirectory(_temp.PathOf("links"));
        File.CreateSymbolicLink(link, _temp.PathOf("store/original.txt"));

        var named = Assert.IsType<LoadedDocument>(Assert.Single(Load(link)));
        var walked = Assert.IsType<LoadedDocument>(Assert.Single(Load(_temp.PathOf("links"))));

        Assert.Equal(text, named.Document.Text);
        Assert.Equal(link, named.Path);
        Assert.Equal("report.txt", named.Document.Metadata.Key);
        Assert.Equal(text, walked.Document.Text);
        Assert.Equal(link, walked.Path);
    }

    [Fact]
    public void Load_LinkToLinkToFile_ReadsTheFinalTarget()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _temp.Write("original.txt", "Three hops away.");
        File.CreateSymbolicLink(_temp.PathOf("hop.txt"), "original.txt");
        var link = _temp.PathOf("second-hop.txt");
        File.CreateSymbolicLink(link, "hop.txt");

        var loaded = Assert.IsType<LoadedDocument>(Assert.Single(Load(link)));

        Assert.Equal("Three hops away.", loaded.Document.Text);
    }

    [Fact]
    public void Load_DanglingLink_FailsNamingTheLinkAndItsTarget()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var link = _temp.PathOf("gone.txt");
        File.CreateSymbolicLink(link, _temp.PathOf("moved-away.txt"));
        _temp.Write("here.txt", "Still here.");

        var named = AssertFailure(Assert.Single(Load(link)), link);
        var walked = Load(_temp.Root);

        Assert.Equal($"is a link to '{_temp.PathOf("moved-away.txt")}', which does not exist", named.Message);
        Assert.Equal(LoadSeverity.Error, named.Severity);
        Assert.Equal(named.Message, AssertFailure(walked[0], link).Message);
        Assert.IsType<LoadedDocument>(walked[1]);
    }

    [Fact]
    public void Load_LinkLoop_FailsWithoutHanging()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.CreateSymbolicLink(_temp.PathOf("ping.txt"), "pong.txt");
        File.CreateSymbolicLink(_temp.PathOf("pong.txt"), "ping.txt");

        var results = LoadWithin(Patience, _temp.Root);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.StartsWith("cannot be read: ", Assert.IsType<LoadFailure>(r).Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FolderLinksInsideAWalk_AreReportedAndNeverLoop()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _temp.Write("docs/a/one.txt", "One.");
        _temp.Write("docs/b/two.txt", "Two.");
        Directory.CreateSymbolicLink(_temp.PathOf("docs/a/up"), _temp.PathOf("docs"));
        Directory.CreateSymbolicLink(_temp.PathOf("docs/b/self"), _temp.PathOf("docs/b"));
        Directory.CreateSymbolicLink(_temp.PathOf("docs/sideways"), _temp.PathOf("docs/a"));

        var results = LoadWithin(Patience, _temp.PathOf("docs"));

        Assert.Equal([_temp.PathOf("docs/a/one.txt"), _temp.PathOf("docs/b/two.txt")], results.OfType<LoadedDocument>().Select(d => d.Path));
        var warnings = results.OfType<LoadFailure>().ToList();
        Assert.Equal(
            [_temp.PathOf("docs/a/up"), _temp.PathOf("docs/b/self"), _temp.PathOf("docs/sideways")],
            warnings.Select(w => w.Path));
        Assert.All(warnings, w => Assert.Equal(LoadSeverity.Warning, w.Severity));
    }

    [Fact]
    public void Load_FifoBesideGoodFile_IsRefusedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _temp.Write("a-good.txt", "A good report.");
        _temp.Run("mkfifo", "b-pipe.txt");
        _temp.Write("c-good.txt", "Another good report.");
        var fifo = _temp.PathOf("b-pipe.txt");

        var walked = LoadWithin(Patience, _temp.Root);
        var named = LoadWithin(Patience, fifo);

        Assert.Equal(3, walked.Count);
        Assert.Equal("a-good.txt", Assert.IsType<LoadedDocument>(walked[0]).Document.Metadata.Key);
        Assert.Equal("is a FIFO (named pipe), not a regular file; not read", AssertFailure(walked[1], fifo).Message);
        Assert.Equal("c-good.txt", Assert.IsType<LoadedDocument>(walked[2]).Document.Metadata.Key);
        Assert.Equal("is a FIFO (named pipe), not a regular file; not read", AssertFailure(Assert.Single(named), fifo).Message);
    }

    [Fact]
    public void Load_FifoAsFolderIndex_IsRefusedAndTheFilesStillLoad()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _temp.Write("a.txt", "A report.");
        _temp.Run("mkfifo", "index.jsonl");

        var results = LoadWithin(Patience, _temp.Root);

        var failure = AssertFailure(results[0], _temp.PathOf("index.jsonl"));
        Assert.StartsWith("is a FIFO (named pipe), not a regular file", failure.Message, StringComparison.Ordinal);
        Assert.IsType<LoadedDocument>(results[1]);
    }

    [Fact]
    public void Load_SocketAndLinkToDevice_AreRefused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var socketPath = _temp.PathOf("socket.txt");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        var device = _temp.PathOf("zeros.txt");
        File.CreateSymbolicLink(device, "/dev/zero");

        var results = LoadWithin(Patience, _temp.Root);

        Assert.Equal(2, results.Count);
        Assert.Equal("is a socket, not a regular file; not read", AssertFailure(results[0], socketPath).Message);
        Assert.Equal("is a character device, not a regular file; not read", AssertFailure(results[1], device).Message);
    }

    [Fact]
    public void Load_NameNotValidUtf8InFolder_IsReportedWithTheBadBytesEscaped()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _temp.Write("a-good.txt", "A good report.");
        _temp.Run("sh", "-c", """printf 'Lost text.' > "$(printf 'caf\351.txt')" && mkdir "$(printf 'dossi\351')" """);

        var results = LoadWithin(Patience, _temp.Root);

        Assert.Equal(3, results.Count);
        Assert.Equal("a-good.txt", Assert.IsType<LoadedDocument>(results[0]).Document.Metadata.Key);
        var file = AssertFailure(results[1], _temp.PathOf("caf\\xe9.txt"));
        Assert.Equal("has a name that is not valid UTF-8 (bad bytes shown as \\xNN); rename it to load it", file.Message);
        AssertFailure(results[2], _temp.PathOf("dossi\\xe9"));
    }

    internal static List<LoadResult> LoadWithin(TimeSpan patience, params string[] paths)
    {
        var loading = Task.Run(() => Load(paths));
        Assert.True(loading.Wait(patience), $"loading did not finish within {patience.TotalSeconds} s");
        return loading.Result;
    }
}
