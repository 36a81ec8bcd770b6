using ArmsTrace.Storage;

namespace ArmsTrace.Bench.Synthetic;

/// <summary>Fills a new store, SQLite or PostgreSQL as the location says, with a generated graph, through the project's own migrations.</summary>
internal static class SyntheticStore
{
    /// <exception cref="InvalidOperationException">The store already holds documents: a generated graph goes into an empty one.</exception>
    public static void Generate(string db, SyntheticGraph graph, Action<string>? report = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var location = StoreLocation.Parse(db);
        using (var store = location.OpenEvidenceStore())
        {
            if (store.Summary().Documents > 0)
            {
                throw new InvalidOperationException($"{location.Display} already holds documents; generate into a new store");
            }
        }

        var progress = new SyntheticProgress(graph, report);
        if (location.Kind == StoreKind.Postgres)
        {
            PostgresSyntheticWriter.Write(graph, db, progress);
        }
        else
        {
            SqliteSyntheticWriter.Write(graph, db, progress);
        }

        progress.Say("done");
    }
}
