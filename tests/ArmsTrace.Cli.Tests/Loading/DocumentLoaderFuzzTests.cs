using System.Text;
using ArmsTrace.Cli.Loading;
using static ArmsTrace.Cli.Tests.Loading.DocumentLoaderFileSystemTests;

namespace ArmsTrace.Cli.Tests.Loading;

/// <summary>
/// Hostile and broken files, generated from a fixed seed: the loader must finish, never throw, and account for
/// every file as a document or a failure.
/// </summary>
public sealed class DocumentLoaderFuzzTests : IDisposable
{
    private const int Seed = 20_240_531;
    private const int FileCount = 320;

    // A few seconds of work; the rest is headroom for a slow, busy machine.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".jsonl"];

    private static readonly string[] Tags =
    [
        "div", "p", "span", "b", "i", "a", "table", "tr", "td", "ul", "li", "article", "section", "script", "style",
        "svg", "path", "math", "br", "img", "title", "textarea", "select", "option", "template", "font", "nobr", "h1",
    ];

    private readonly TempFolder _temp = new();
    private readonly Random _random = new(Seed);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_GeneratedHostileFiles_AccountsForEveryFileWithoutHangOrException()
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var indexes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < FileCount; i++)
        {
            var folder = i % 5 == 0 ? string.Empty : $"sub{i % 4}/";
            var extension = Extensions[_random.Next(Extensions.Length)];
            files.Add(_temp.Write($"{folder}f{i:000}{extension}", Content(i % 11, extension)));
        }

        foreach (var folder in new[] { string.Empty, "sub1/", "sub3/" })
        {
            indexes.Add(_temp.Write(folder + "index.jsonl", JsonLines(40)));
        }

        var results = LoadWithin(Patience, _temp.Root);

        var seen = results.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(files.Except(seen));
        Assert.Empty(seen.Except(files).Except(indexes));
        Assert.All(results.OfType<LoadedDocument>(), d => Assert.False(string.IsNullOrWhiteSpace(d.Document.Text)));
        Assert.All(results.OfType<LoadedDocument>(), d => Assert.False(string.IsNullOrWhiteSpace(d.Document.Metadata.Key)));
        Assert.Contains(results, r => r is LoadedDocument);
    }

    private byte[] Content(int kind, string extension) => kind switch
    {
        0 => RandomBytes(_random.Next(0, 20_000)),
        1 => TruncatedUtf8(),
        2 => WithNuls(),
        3 => HugeLine(),
        4 => Encoding.UTF8.GetBytes(DeepHtml()),
        5 => Encoding.UTF8.GetBytes(JsonLines(_random.Next(1, 60))),
        6 => Encoding.UTF8.GetBytes(TagSoup()),
        7 => Utf16(),
        8 => Encoding.UTF8.GetBytes(new string(' ', _random.Next(0, 3)) + (_random.Next(2) == 0 ? "\n\t" : string.Empty)),
        9 => [.. new byte[][] { "%PDF-"u8.ToArray(), [0x89, 0x50, 0x4E, 0x47], [0x1F, 0x8B] }[_random.Next(3)], .. Encoding.UTF8.GetBytes(TagSoup())],
        _ => Encoding.UTF8.GetBytes(extension == ".jsonl" ? JsonLines(5) : "<p>A plain readable report.</p>"),
    };

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] TruncatedUtf8()
    {
        var text = string.Concat(Enumerable.Range(0, _random.Next(1, 400)).Select(_ => _random.Next(4) switch
        {
            0 => "caf\u00e9 ",
            1 => "\u0434\u0440\u043e\u043d ",
            2 => "\U0001F680 ",
            _ => "<p>word</p> ",
        }));
        var bytes = Encoding.UTF8.GetBytes(text);
        return bytes[..Math.Max(1, bytes.Length - _random.Next(1, 4))];
    }

    private byte[] WithNuls()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Some readable words. ", _random.Next(1, 2_000))));
        for (var n = _random.Next(1, 4); n > 0; n--)
        {
            bytes[_random.Next(bytes.Length)] = 0;
        }

        return bytes;
    }

    private byte[] HugeLine() => Encoding.UTF8.GetBytes(new string((char)('a' + _random.Next(26)), _random.Next(100_000, 1_500_000)));

    private string DeepHtml()
    {
        string[] units = ["<div>", "<b>", "<div/>", "<table><td>", "<span></i>", "<ul><li>", "<svg><g>", "<p><div>"];
        var unit = units[_random.Next(units.Length)];
        return "<html><body>" + new StringBuilder().Insert(0, unit, _random.Next(1_000, 60_000)) + "<p>Deep text.</p>";
    }

    private string TagSoup()
    {
        var html = new StringBuilder();
        for (var n = _random.Next(1, 3_000); n > 0; n--)
        {
            var tag = Tags[_random.Next(Tags.Length)];
            html.Append(_random.Next(6) switch
            {
                0 => $"</{tag}>",
                1 => $"<{tag} class=\"c{_random.Next(9)}\" id='x>{_random.Next(99)}'>",
                2 => $"<{tag}/>",
                3 => "words &amp; more words ",
                4 => "<!-- <div> -->",
                _ => $"<{tag}>",
            });
        }

        return html.ToString();
    }

    private byte[] Utf16()
    {
        var units = Enumerable.Range(0, _random.Next(1, 4_000)).Select(_ => (char)(_random.Next(3) == 0 ? _random.Next(0xD800, 0xE000) : _random.Next(0x20, 0x3000)));
        return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(units.ToArray())];
    }

    private string JsonLines(int count)
    {
        var lines = new StringBuilder();
        for (var n = 0; n < count; n++)
        {
            lines.Append(_random.Next(9) switch
            {
                0 => $$"""{"text":"Report {{n}} about a delivery.","key":"k{{_random.Next(5)}}","published":"2023-0{{_random.Next(1, 9)}}"}""",
                1 => $$"""{"file":"f{{_random.Next(FileCount):000}}.txt","outlet":"Outlet {{n}}","url":"https://example.test/{{n}}"}""",
                2 => """{"text":"unterminated""",
                3 => "[1,2,3]",
                4 => $$"""{"text":{{_random.Next()}},"title":null}""",
                5 => $$"""{"text":"NUL\u0000 escaped and \ud800 lone","file":"f\u0000{{n}}.txt"}""",
                6 => "{\"text\":\"raw\0NUL\"}",
                7 => new string('{', _random.Next(1, 5_000)),
                _ => Encoding.Latin1.GetString(RandomBytes(_random.Next(1, 200))).Replace('\n', ' '),
            });
            lines.Append(_random.Next(10) == 0 ? "\r\n" : "\n");
        }

        return lines.ToString();
    }
}
