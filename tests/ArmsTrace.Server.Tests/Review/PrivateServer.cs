using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Server.Tests.Review;

/// <summary>
/// A server of its own over a snapshot of the shared demo database, for tests that change the
/// graph (judgements) and must not change it under the collection's other tests.
/// </summary>
internal sealed class PrivateServer : IAsyncDisposable
{
    private readonly string _folder;
    private readonly WebApplication _app;

    private PrivateServer(string folder, WebApplication app, Uri address)
    {
        _folder = folder;
        _app = app;
        BaseAddress = address;
        Http = new HttpClient { BaseAddress = address };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public static async Task<PrivateServer> Of(ServerFixture shared)
    {
        var folder = Directory.CreateTempSubdirectory("armstrace-review-tests-").FullName;
        var copy = Path.Combine(folder, "review.db");
        using (var connection = new SqliteConnection($"Data Source={shared.Database};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $path";
            vacuum.Parameters.AddWithValue("$path", copy);
            vacuum.ExecuteNonQuery();
        }

        var (app, address) = await ServerFixture.Start(copy);
        return new PrivateServer(folder, app, address);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
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
