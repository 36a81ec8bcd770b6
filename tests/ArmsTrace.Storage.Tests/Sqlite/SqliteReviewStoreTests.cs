using ArmsTrace.Storage.Tests.Review;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteReviewStoreTests : ReviewStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-review-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "r.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
