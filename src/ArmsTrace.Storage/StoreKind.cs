namespace ArmsTrace.Storage;

public enum StoreKind
{
    /// <summary>A SQLite file, created when missing.</summary>
    Sqlite,

    /// <summary>A database on a PostgreSQL server; the database must exist, its tables are created.</summary>
    Postgres,
}
