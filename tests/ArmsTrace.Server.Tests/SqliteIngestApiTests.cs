namespace ArmsTrace.Server.Tests;

/// <remarks>In the server collection: its timed reads must not share the two cores with another suite's extraction or browser.</remarks>
[Collection(ServerCollection.Name)]
public sealed class SqliteIngestApiTests : IngestApiTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-ingest-tests-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "small.db");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Only litter in the temp folder.
        }
    }
}
