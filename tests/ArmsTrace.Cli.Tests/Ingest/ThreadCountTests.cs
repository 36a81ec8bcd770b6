using ArmsTrace.Cli.Tests.Loading;
using ArmsTrace.Cli.Tests.Matching;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Cli.Tests.Ingest;

/// <summary>Extraction on several threads stores exactly what one thread stores, row for row and id for id.</summary>
public sealed class ThreadCountTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingest_ThreeThreads_StoresTheSameRowsAsOne()
    {
        var corpus = DemoCorpus.CopyInto(_folder);
        var one = _folder.PathOf("one.db");
        var three = _folder.PathOf("three.db");

        var first = CliRunner.Run("ingest", corpus, "--db", one, "--threads", "1");
        var second = CliRunner.Run("ingest", corpus, "--db", three, "--threads", "3");

        Assert.True(first.Code == 0, first.Error);
        Assert.True(second.Code == 0, second.Error);
        Assert.Equal(Summary(first.Out), Summary(second.Out));
        var expected = Dump(one);
        Assert.Contains("claims", expected.Keys);
        Assert.True(expected["claims"].Count > 100, $"{expected["claims"].Count} claims");
        var actual = Dump(three);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (table, rows) in expected)
        {
            Assert.Equal(rows, actual[table]);
        }
    }

    [Fact]
    public void Ingest_NoThreads_IsRefused()
    {
        var (code, _, error) = CliRunner.Run("ingest", DemoCorpus.CopyInto(_folder), "--db", _folder.PathOf("none.db"), "--threads", "0");

        Assert.NotEqual(0, code);
        Assert.Contains("--threads must be 1 or more", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.PathOf("none.db")));
    }

    /// <summary>The totals line; the progress lines before it depend on timing.</summary>
    private static string Summary(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>Every row of every table in id order, less the columns that hold the time of the run.</summary>
    private static Dictionary<string, List<string>> Dump(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        var dump = new Dictionary<string, List<string>>();
        foreach (var table in connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"))
        {
            var columns = connection.Query<string>($"SELECT name FROM pragma_table_info('{table}')")
                .Where(c => !c.EndsWith("_at", StringComparison.Ordinal))
                .ToList();
            var rows = connection.Query($"SELECT {string.Join(", ", columns)} FROM {table} ORDER BY {string.Join(", ", columns)}")
                .Select(r => string.Join(" | ", ((IDictionary<string, object?>)r).Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))
                .ToList();
            dump[table] = rows;
        }

        return dump;
    }
}
