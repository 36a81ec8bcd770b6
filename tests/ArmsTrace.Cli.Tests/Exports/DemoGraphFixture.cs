using ArmsTrace.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Cli.Tests.Exports;

/// <summary>The demo graph, built once by `armstrace demo --no-serve` into a temporary folder the export tests write beside.</summary>
public sealed class DemoGraphFixture : IDisposable
{
    public DemoGraphFixture()
    {
        Directory.CreateDirectory(Folder);
        Assert.Equal(0, CommandLineApp.Run(["demo", "--no-serve", "--db", Database]));
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
