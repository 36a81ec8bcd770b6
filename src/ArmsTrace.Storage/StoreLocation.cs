using System.Data.Common;
using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Lists;
using ArmsTrace.Storage.Merges;
using ArmsTrace.Storage.Postgres;
using ArmsTrace.Storage.Sql;
using ArmsTrace.Storage.Sqlite;

namespace ArmsTrace.Storage;

/// <summary>
/// Where the evidence lives, as given to <c>--db</c>: a PostgreSQL URL (<c>postgres://user:password@host:port/db</c>)
/// or connection string (<c>Host=...;Database=...</c>), otherwise a SQLite file path. The one place
/// that picks the database, so every command and the server open stores the same way.
/// </summary>
public sealed class StoreLocation
{
    private readonly string _path;
    private readonly PostgresLocation? _postgres;

    private StoreLocation(StoreKind kind, string path, PostgresLocation? postgres)
    {
        Kind = kind;
        _path = path;
        _postgres = postgres;
        Display = postgres?.Display ?? path;
    }

    public StoreKind Kind { get; }

    /// <summary>The location for messages: the file path, or the PostgreSQL URL without its password.</summary>
    public string Display { get; }

    /// <exception cref="StoreException">A PostgreSQL URL or connection string that is malformed.</exception>
    public static StoreLocation Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return PostgresLocation.Recognises(value)
            ? new StoreLocation(StoreKind.Postgres, value, PostgresLocation.Parse(value))
            : new StoreLocation(StoreKind.Sqlite, value, null);
    }

    /// <summary>Opens the store, creating a SQLite file or the tables in a PostgreSQL database when missing.</summary>
    /// <exception cref="StoreException">The database cannot be reached, opened or brought up to date.</exception>
    public IEvidenceStore OpenEvidenceStore(ClaimView view = ClaimView.Reviewed) => new SqlEvidenceStore(Connect(), Dialect, Display, view);

    /// <summary>
    /// As <see cref="OpenEvidenceStore"/> but skipping the schema check, which costs two queries: for a
    /// server that opens a store per request after opening it once, up to date, at start.
    /// </summary>
    public IEvidenceStore OpenEvidenceStoreAsMigrated(ClaimView view = ClaimView.Reviewed) => new SqlEvidenceStore(Connect(migrate: false), Dialect, Display, view);

    /// <summary>The read side for the web server; open the evidence store once first so the schema exists.</summary>
    /// <remarks>The PostgreSQL graph holds a connection pool: dispose it when done.</remarks>
    public IEvidenceGraph OpenGraph()
    {
        var readers = Readers();
        return new SqlEvidenceGraph(readers.Open, Dialect.Statements.Graph, owned: readers.Pool);
    }

    /// <summary>Analysts' judgements, in the same database as the graph.</summary>
    /// <exception cref="StoreException">The database cannot be reached, opened or brought up to date.</exception>
    /// <param name="migrate">False for a server that brought the schema up to date at start.</param>
    public Review.IReviewStore OpenReview(TimeProvider? time = null, bool migrate = true) =>
        new GuardedReviewStore(new SqlReviewStore(Connect(migrate), Dialect, time ?? TimeProvider.System), Dialect, Display);

    /// <summary>Corroboration, disputes and origins; open the evidence store once first so the schema exists.</summary>
    public Corroboration.IFactGraph OpenFacts()
    {
        var readers = Readers();
        return new Corroboration.SqlFactGraph(readers.Open, Dialect.Statements.Facts, Dialect.Statements.Origins, readers.Pool);
    }

    internal IMergeStore OpenMerges() => new SqlMergeStore(Connect(), Dialect, Display);

    /// <summary>The server's API keys, in the same database as the graph.</summary>
    /// <exception cref="StoreException">The database cannot be reached or opened.</exception>
    public Keys.IKeyStore OpenKeys() => new SqlKeyStore(Connect(), Dialect, Display);

    /// <summary>How this ingest process shares documents with others writing to the same database.</summary>
    /// <exception cref="StoreException">The database cannot be reached.</exception>
    public Sharing.IIngestClaims OpenIngestClaims() =>
        _postgres is { } pg ? new PostgresIngestClaims(pg) : new Sharing.SoloIngestClaims();

    internal IListStore OpenLists() => new SqlListStore(Connect(), Dialect, Display);

    public override string ToString() => Display;

    private SqlDialect Dialect => _postgres is null ? SqliteDialect.Instance : PostgresDialect.Instance;

    private ReadConnections Readers() => _postgres is { } pg ? PostgresConnections.Readers(pg) : SqliteConnections.Readers(_path);

    /// <param name="migrate">False only where this process has brought the schema up to date already.</param>
    private DbConnection Connect(bool migrate = true) =>
        _postgres is { } pg ? PostgresConnections.Open(pg, migrate) : SqliteConnections.Open(_path, migrate);
}
