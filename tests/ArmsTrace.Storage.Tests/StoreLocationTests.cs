using ArmsTrace.Storage.Postgres;
using Npgsql;

namespace ArmsTrace.Storage.Tests;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("armstrace.db")]
    [InlineData("/var/lib/armstrace/evidence.db")]
    [InlineData("data/a=b.db")]
    [InlineData("postgres.db")]
    public void Parse_AnythingButAPostgresLocation_IsASqliteFile(string value)
    {
        var location = StoreLocation.Parse(value);
        Assert.Equal((StoreKind.Sqlite, value), (location.Kind, location.Display));
    }

    [Fact]
    public void Parse_Url_GivesEveryPartAndHidesThePassword()
    {
        var location = StoreLocation.Parse("postgres://alice:s3cr%40t@db.example:5433/evidence?sslmode=verify-full&application_name=armstrace");
        Assert.Equal(StoreKind.Postgres, location.Kind);
        Assert.Equal("postgres://alice@db.example:5433/evidence", location.Display);
        var built = Built("postgres://alice:s3cr%40t@db.example:5433/evidence?sslmode=verify-full&application_name=armstrace");
        Assert.Equal(("db.example", 5433, "evidence", "alice", "s3cr@t"), (built.Host, built.Port, built.Database, built.Username, built.Password));
        Assert.Equal((SslMode.VerifyFull, "armstrace"), (built.SslMode, built.ApplicationName));
    }

    [Theory]
    [InlineData("postgresql://bob@localhost/evidence", "localhost", 5432, "postgres://bob@localhost:5432/evidence")]
    [InlineData("POSTGRES://bob@[::1]:6000/evidence", "::1", 6000, "postgres://bob@[::1]:6000/evidence")]
    [InlineData("postgres://bob@%2Fvar%2Frun%2Fpostgresql/evidence", "/var/run/postgresql", 5432, "postgres://bob@localhost:5432/evidence?host=/var/run/postgresql")]
    [InlineData("postgres:///evidence?host=/tmp&port=5999", "/tmp", 5999, "postgres://localhost:5999/evidence?host=/tmp")]
    public void Parse_UrlForms_ReachTheRightServer(string url, string host, int port, string display)
    {
        var built = Built(url);
        Assert.Equal((host, port, "evidence"), (built.Host, built.Port, built.Database));
        Assert.Equal(display, StoreLocation.Parse(url).Display);
    }

    [Fact]
    public void Parse_ConnectionString_IsPostgresWithThePasswordHidden()
    {
        const string value = "Host=db.example;Port=5433;Database=evidence;Username=alice;Password=secret";
        var location = StoreLocation.Parse(value);
        Assert.Equal((StoreKind.Postgres, "postgres://alice@db.example:5433/evidence"), (location.Kind, location.Display));
        Assert.Equal("secret", Built(value).Password);
        Assert.Equal(StoreKind.Postgres, StoreLocation.Parse("server=localhost; database=evidence").Kind);
    }

    [Theory]
    [InlineData("postgres://alice:secret@db.example:http/evidence", "not a port")]
    [InlineData("Host=db.example;Database=evidence;Password=secret;Colour=blue", "colour")]
    [InlineData("postgres://alice:secret@db.example:5432", "names no database")]
    [InlineData("postgres://alice:secret@db.example/evidence?sslmode=sometimes", "sometimes")]
    public void Parse_MalformedPostgresLocation_FailsWithoutShowingThePassword(string value, string problem)
    {
        var ex = Assert.Throws<StoreException>(() => StoreLocation.Parse(value));
        Assert.Contains(problem, ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }

    private static NpgsqlConnectionStringBuilder Built(string value) => new(PostgresLocation.Parse(value).ConnectionString);
}
