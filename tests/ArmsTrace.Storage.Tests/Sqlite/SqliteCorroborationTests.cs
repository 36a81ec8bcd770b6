using ArmsTrace.Storage.Tests.Corroboration;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteCorroborationTests : CorroborationTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-facts-").FullName;
    private readonly List<IDisposable> _opened = [];

    protected override string NewDatabase() => Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");

    protected override void Track(IDisposable opened) => _opened.Add(opened);

    public void Dispose()
    {
        _opened.ForEach(o => o.Dispose());

        // The read connections are pooled; they must let go of the files before the folder goes.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
