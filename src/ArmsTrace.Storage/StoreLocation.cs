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
    private readonly TimeProvider _time;

    private StoreLocation(StoreKind kind, string path, PostgresLocation? postgres, TimeProvider time)
    {
        Kind = kind;
        _path = path;
        _postgres = postgres;
        _time = time;
        Display = postgres?.Display ?? path;
    }

    public StoreKind Kind { get; }

    /// <summary>The location for messages: the file path, or the PostgreSQL URL without its password.</summary>
    public string Display { get; }

    /// <exception cref="StoreException">A PostgreSQL URL or connection string that is malformed.</exception>
    /// <param name="time">The clock behind every time the stores record; the system clock when none is given.</param>
    public static StoreLocation Parse(string value, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        time ??= TimeProvider.System;
        return PostgresLocation.Recognises(value)
            ? new StoreLocation(StoreKind.Postgres, value, PostgresLocation.Parse(value), time)
            : new StoreLocation(StoreKind.Sqlite, value, null, time);
    }

    /// <summary>Opens the store, creating a SQLite file or the tables in a PostgreSQL database when missing.</summary>
    /// <exception cref="StoreException">The database cannot be reached, opened or brought up to date.</exception>
    public IEvidenceStore OpenEvidenceStore(ClaimView view = ClaimView.Reviewed) => new SqlEvidenceStore(Connect(), Dialect, Display, view, _time);

    /// <summary>
    /// As <see cref="OpenEvidenceStore"/> but skipping the schema check, which costs two queries: for a
    /// server that opens a store per request after opening it once, up to date, at start.
    /// </summary>
    public IEvidenceStore OpenEvidenceStoreAsMigrated(ClaimView view = ClaimView.Reviewed) => new SqlEvidenceStore(Connect(migrate: false), Dialect, Display, view, _time);

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
    public Review.IReviewStore OpenReview(bool migrate = true) =>
        new GuardedReviewStore(new SqlReviewStore(Connect(migrate), Dialect, _time), Dialect, Display);

    /// <summary>Corroboration, disputes and origins; open the evidence store once first so the schema exists.</summary>
    public Corroboration.IFactGraph OpenFacts()
    {
        var readers = Readers();
        return new Corroboration.SqlFactGraph(readers.Open, Dialect.Statements.Facts, Dialect.Statements.Origins, readers.Pool);
    }

    internal IMergeStore OpenMerges() => new SqlMergeStore(Connect(), Dialect, Display, _time);

    /// <summary>The server's API keys, in the same database as the graph.</summary>
    /// <exception cref="StoreException">The database cannot be reached or opened.</exception>
    public Keys.IKeyStore OpenKeys() => new SqlKeyStore(Connect(), Dialect, Display, _time);

    /// <summary>How this ingest process shares documents with others writing to the same database.</summary>
    /// <exception cref="StoreException">The database cannot be reached.</exception>
    public Sharing.IIngestClaims OpenIngestClaims() =>
        _postgres is { } pg ? new PostgresIngestClaims(pg) : new Sharing.SoloIngestClaims();

    internal IListStore OpenLists() => new SqlListStore(Connect(), Dialect, Display, _time);

    public override string ToString() => Display;

    private SqlDialect Dialect => _postgres is null ? SqliteDialect.Instance : PostgresDialect.Instance;

    private ReadConnections Readers() => _postgres is { } pg ? PostgresConnections.Readers(pg) : SqliteConnections.Readers(_path);

    /// <param name="migrate">False only where this process has brought the schema up to date already.</param>
    private DbConnection Connect(bool migrate = true) =>
        _postgres is { } pg ? PostgresConnections.Open(pg, migrate ? _time : null) : SqliteConnections.Open(_path, migrate ? _time : null);
}
