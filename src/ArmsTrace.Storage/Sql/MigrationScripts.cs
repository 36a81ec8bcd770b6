using System.Globalization;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// One database's numbered migrations (NNNN_name.sql), embedded under a resource prefix, and the check
/// both migrators make of what a database has applied: nothing newer than this program knows.
/// </summary>
internal sealed class MigrationScripts
{
    private readonly string _prefix;

    public MigrationScripts(string prefix)
    {
        _prefix = prefix;
        Known = [.. typeof(MigrationScripts).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Select(n => (int.Parse(n[..4], CultureInfo.InvariantCulture), n))
            .OrderBy(m => m.Item1)];
    }

    public IReadOnlyList<(int Number, string Name)> Known { get; }

    public int Newest => Known.Count == 0 ? 0 : Known[^1].Number;

    /// <summary>The numbers of the known migrations not among <paramref name="applied"/>.</summary>
    /// <exception cref="StoreException">The database has a migration newer than this program knows.</exception>
    public HashSet<int> Pending(IEnumerable<int> applied, string display)
    {
        var done = applied.ToHashSet();
        var newest = done.Count == 0 ? 0 : done.Max();
        if (newest > Newest)
        {
            throw new StoreException($"{display}: the database has schema version {newest}, newer than this program knows ({Newest}); use a newer armstrace.");
        }

        return [.. Known.Select(m => m.Number).Where(n => !done.Contains(n))];
    }

    public string Read(string name)
    {
        using var stream = typeof(MigrationScripts).Assembly.GetManifestResourceStream(_prefix + name)
            ?? throw new InvalidOperationException($"Migration resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
