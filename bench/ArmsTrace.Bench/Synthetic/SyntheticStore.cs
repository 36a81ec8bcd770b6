using ArmsTrace.Storage;

namespace ArmsTrace.Bench.Synthetic;

/// <summary>Fills a new store, SQLite or PostgreSQL as the location says, with a generated graph, through the project's own migrations.</summary>
/// <remarks>
/// The graph goes into the schema as it was before the first table kept by triggers (<see cref="SqliteLoadSchema"/>,
/// <see cref="PostgresLoadSchema"/>); opening the store afterwards applies the later migrations, which fill their
/// tables from the loaded rows in one statement each, as on any upgrade. Loaded through the triggers, a million
/// claims would update Iran's count row 45,800 times, and PostgreSQL's COPY ran for over an hour.
/// </remarks>
internal static class SyntheticStore
{
    /// <summary>SQLite's last migration before the kept tables (0010 keeps entity claim counts).</summary>
    public const int SqliteLoadSchema = 9;

    /// <summary>PostgreSQL's last migration before the kept tables (0008 keeps entity claim counts).</summary>
    public const int PostgresLoadSchema = 7;

    /// <exception cref="InvalidOperationException">The store already holds documents: a generated graph goes into an empty one.</exception>
    public static void Generate(string db, SyntheticGraph graph, Action<string>? report = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var location = StoreLocation.Parse(db);
        var progress = new SyntheticProgress(graph, report);
        if (location.Kind == StoreKind.Postgres)
        {
            PostgresSyntheticWriter.Write(graph, db, progress);
        }
        else
        {
            SqliteSyntheticWriter.Write(graph, db, progress);
        }

        using (location.OpenEvidenceStore())
        {
        }

        progress.Say("later migrations applied: their kept tables filled from the loaded rows");
        progress.Say("done");
    }
}
