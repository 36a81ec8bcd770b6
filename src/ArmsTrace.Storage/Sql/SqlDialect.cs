using System.Data.Common;
using ArmsTrace.Storage.Searching;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// What one database says differently from the other, and nothing more: the few tokens the shared
/// statements are written around, its full-text search, how a writer queues behind other writers,
/// and its errors in words a user can act on. The stores over <see cref="DbConnection"/> do the rest.
/// </summary>
internal abstract class SqlDialect
{
    private SqlStatements? _statements;

    /// <summary>Every statement the stores run, built once for this dialect.</summary>
    public SqlStatements Statements => LazyInitializer.EnsureInitialized(ref _statements, () => new SqlStatements(this));

    /// <summary>"The boolean <paramref name="column"/> is true", written as the partial indexes on it are.</summary>
    public abstract string IsTrue(string column);

    public abstract string True { get; }

    public abstract string False { get; }

    /// <summary>"<paramref name="column"/> is one of the list parameter @<paramref name="list"/>".</summary>
    public abstract string InList(string column, string list);

    /// <summary>The list parameter @bandKeys as a table <c>k(band_key)</c>; where lists go in as JSON, the same keys as @bandKeysJson.</summary>
    public abstract string BandKeyRows { get; }

    /// <summary>
    /// The JSON array of arrays in the text parameter @<paramref name="parameter"/> as rows <c>r(key, value)</c>:
    /// <c>key</c> orders them as the array does, and <c>r.value ->> i</c> is item i of a row, as text or number,
    /// so one statement inserts a whole list that would otherwise take a statement per row.
    /// </summary>
    public abstract string JsonRows(string parameter);

    /// <summary>The smaller of two values.</summary>
    public abstract string Least(string left, string right);

    /// <summary>Where <paramref name="part"/> starts in <paramref name="text"/>, from 1; 0 when it does not.</summary>
    public abstract string Position(string text, string part);

    /// <summary>A search parameter folded as <c>casefold</c> folds stored text, given the value <see cref="FoldSearch"/> made of it.</summary>
    public abstract string Folded(string parameter);

    /// <summary>The trimmed search text as <see cref="Folded"/> takes it.</summary>
    public abstract string FoldSearch(string trimmed);

    /// <summary>A text parameter typed like the key columns, as the seed row of a recursive query must be.</summary>
    public abstract string KeyParameter(string parameter);

    /// <summary>
    /// A subquery of the keys of entities whose upper-cased name may hold @needle, an upper-cased ASCII needle of at
    /// least three characters, from the database's index of name trigrams asked with @needlePattern (<see cref="NeedlePattern"/>):
    /// every entity whose name holds it, and perhaps others, which the caller tests as before.
    /// </summary>
    public abstract string EntityNameCandidates { get; }

    /// <summary>A claim's fact target (object, else item, else '') for the claims alias given, as an index that joins can use has it.</summary>
    public abstract string FactTarget(string alias);

    /// <summary>An upper-cased ASCII needle as <see cref="EntityNameCandidates"/> asks its index for it.</summary>
    public abstract string NeedlePattern(string needle);

    /// <summary>The words as this database's full-text query takes them.</summary>
    public abstract string SearchQuery(IReadOnlyList<string> words);

    /// <param name="currentClaims">Claims <c>c</c> joined to their current document <c>d</c>.</param>
    public abstract FullTextSearch Search(string currentClaims);

    /// <summary>What went wrong, in words a user can act on; null for an error that is not this database's.</summary>
    public abstract string? Describe(DbException error);

    /// <summary>
    /// A transaction in which the duplicate check and the writes of an ingest, a deletion or a judgement see
    /// every earlier write: writers queue behind one another; readers are not blocked.
    /// </summary>
    public virtual DbTransaction BeginWrite(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.BeginTransaction();
    }

    /// <summary>Runs <paramref name="call"/>, this database's errors becoming the store's own: "display: what: description."</summary>
    /// <exception cref="StoreException">The database failed the call.</exception>
    public T Guard<T>(string display, string what, Func<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return call();
        }
        catch (DbException ex) when (Describe(ex) is { } description)
        {
            throw new StoreException($"{display}: {what}: {description}.", ex);
        }
    }
}
