using ArmsTrace.Cli.Tests.Matching;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Cli.Tests.Exports;

/// <summary>The demo graph, built once by `armstrace demo --no-serve` into a temporary folder the export tests write beside.</summary>
public sealed class DemoGraphFixture : IDisposable
{
    public DemoGraphFixture()
    {
        Directory.CreateDirectory(Folder);
        // Through the runner, which gives the console its own writer under the runner's lock: built
        // directly, the ingest's progress display could write to a writer another test's run just closed.
        var (code, _, error) = CliRunner.Run("demo", "--no-serve", "--db", Database);
        Assert.True(code == 0, error);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "armstrace-export-cli-" + Guid.NewGuid().ToString("N"));

    public string Database => Path.Combine(Folder, "demo.db");

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
