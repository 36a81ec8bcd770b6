using System.Data.Common;
using System.Diagnostics;
using ArmsTrace.Cli.Tests.Loading;
using ArmsTrace.Storage;
using Dapper;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ArmsTrace.Cli.Tests.Ingest;

/// <summary>
/// `armstrace ingest` killed with SIGKILL partway, then run again to the end: after every kill the
/// store holds only whole documents, and at the end exactly what an uninterrupted run leaves. A
/// subclass says which database --db names and how to look inside it while the run is frozen.
/// </summary>
public abstract class IngestKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20260314;
    private const int Kills = 3;

    /// <summary>How often the stored documents are counted while the run is still short of its target.</summary>
    private static readonly TimeSpan Coarse = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// One extraction thread: the writer commits what it holds before each extraction (it would
    /// otherwise wait), so every document has a transaction of its own to aim a kill at.
    /// </summary>
    private static readonly string[] OneByOne = ["--threads", "1"];

    /// <summary>Two threads: the writer commits together whatever documents were extracted while it was busy.</summary>
    private static readonly string[] Batched = ["--threads", "2"];

    /// <summary>Far beyond a run's few seconds; only a hung run comes near it.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    /// <summary>The copied corpus; a SQLite database goes here too.</summary>
    private protected TempFolder Folder { get; } = new();

    /// <summary>The --db value of a new, empty database.</summary>
    protected abstract string NewDatabase(string name);

    protected abstract DbConnection Open(string db);

    /// <summary>Asked while the run is frozen: is it inside a transaction that has written, or is about to write, rows?</summary>
    protected abstract bool WriteTransactionOpen(DbConnection probe);

    /// <summary>The database's own consistency checks, on top of the SQL ones both databases share.</summary>
    protected virtual IEnumerable<string> EngineProblems(DbConnection connection) => [];

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Ingest_KilledThreeTimes_EndsWithTheUninterruptedCounts()
    {
        var clock = Stopwatch.StartNew();
        var corpus = DemoCorpus.CopyInto(Folder);
        var reference = NewDatabase("reference");
        IngestToTheEnd(corpus, reference, OneByOne);
        var expected = Check(reference);
        output.WriteLine($"uninterrupted run: {clock.Elapsed.TotalSeconds:F1} s, {expected.Counts}");

        // Opened only for the schema, so the probe can count stored documents from the first run on.
        var trial = NewDatabase("trial");
        StoreLocation.Parse(trial).OpenEvidenceStore().Dispose();

        // The k-th kill aims at a document in the k-th slice of documents 2 to N-1, so the kills spread
        // over the corpus and each has a later document to fall back on should it miss its own.
        var random = new Random(Seed);
        var documents = (int)expected.Counts.CurrentDocuments;
        var targets = Enumerable.Range(0, Kills).Select(k => random.Next(2 + (k * (documents - 2) / Kills), 2 + ((k + 1) * (documents - 2) / Kills))).ToList();
        for (var kill = 1; kill <= Kills; kill++)
        {
            var target = targets[kill - 1];
            var (stored, freezes, seconds) = KillMidWrite(corpus, trial, target, random, OneByOne);
            output.WriteLine($"kill {kill}: aimed at document {target}, landed inside the transaction of document {stored + 1} after {seconds:F1} s and {freezes} freezes");

            // No half-written document: whatever a kill left is a document the uninterrupted run stored, whole.
            var unlike = Check(trial).Documents.Except(expected.Documents, StringComparer.Ordinal).ToList();
            Assert.True(unlike.Count == 0, $"after kill {kill}, stored unlike the uninterrupted run:\n{string.Join('\n', unlike)}");
        }

        IngestToTheEnd(corpus, trial, OneByOne);
        var actual = Check(trial);
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.Documents, actual.Documents);
        Assert.Equal(expected.Entities, actual.Entities);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s in all");
    }

    /// <summary>
    /// On two threads the documents extracted while the writer is busy (its first commit, with its
    /// statements still to compile, lets the threads get well ahead) go in one transaction; a kill
    /// inside it leaves none of them, and the run after stores them all.
    /// </summary>
    [Fact]
    public void Ingest_KilledInsideABatch_LeavesOnlyWholeDocuments()
    {
        var corpus = DemoCorpus.CopyInto(Folder);
        var reference = NewDatabase("reference");
        IngestToTheEnd(corpus, reference, Batched);
        var expected = Check(reference);
        var trial = NewDatabase("trial");
        StoreLocation.Parse(trial).OpenEvidenceStore().Dispose();

        var (stored, freezes, seconds) = KillMidWrite(corpus, trial, 2, new Random(Seed), Batched);
        output.WriteLine($"killed inside a write after {stored} documents stored, {seconds:F1} s and {freezes} freezes");
        var left = Check(trial);
        Assert.Equal(stored, left.Counts.CurrentDocuments);
        var unlike = left.Documents.Except(expected.Documents, StringComparer.Ordinal).ToList();
        Assert.True(unlike.Count == 0, $"stored unlike the uninterrupted run:\n{string.Join('\n', unlike)}");

        IngestToTheEnd(corpus, trial, Batched);
        var actual = Check(trial);
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.Documents, actual.Documents);
        Assert.Equal(expected.Entities, actual.Entities);
    }

    private static void IngestToTheEnd(string corpus, string db, string[] options)
    {
        using var child = IngestChild.Start(corpus, db, options);
        Assert.True(child.WaitForExit(RunLimit), $"ingest still running after {RunLimit}:\n{child.Output}");
        Assert.True(child.ExitCode == 0, child.Output);
        Assert.Contains(" 0 problems", child.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Starts a run and, once it has stored the documents before <paramref name="target"/> (and at
    /// least one in this run), freezes it at random moments until one finds it inside the transaction
    /// of a document it had not stored, and kills it there. Writes take a few percent of a run, and
    /// how far a run gets in a given time depends on the machine's load, so a kill after a random
    /// delay would mostly land between writes, or after the run had ended.
    /// </summary>
    /// <returns>How many documents were stored when the kill landed, how many freezes it took, and the run's seconds.</returns>
    private (long Stored, int Freezes, double Seconds) KillMidWrite(string corpus, string db, int target, Random random, string[] options)
    {
        using var probe = Open(db);

        // Documents go in in file order, so once this run has stored one, each write it starts is a new document's.
        var aim = Math.Max(target - 1, Stored(probe) + 1);
        using var child = IngestChild.Start(corpus, db, options);
        var freezes = 0;
        while (!child.HasExited && child.Elapsed < RunLimit)
        {
            if (Stored(probe) < aim)
            {
                Thread.Sleep(Coarse);
                continue;
            }

            child.Freeze();
            freezes++;
            if (WriteTransactionOpen(probe))
            {
                var stored = Stored(probe);
                child.Kill();
                return (stored, freezes, child.Elapsed.TotalSeconds);
            }

            // A pause of 0 or 1 ms, so the freezes fall at varied points of a write rather than in step with it.
            child.Resume();
            Thread.Sleep(random.Next(2));
        }

        throw new XunitException($"the run ended without being caught writing document {aim + 1} or any after it:\n{child.Output}");
    }

    private static long Stored(DbConnection connection) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE is_current = TRUE");

    private StoreSnapshot Check(string db)
    {
        using var connection = Open(db);
        Assert.Empty(StoreChecks.Problems(connection).Concat(EngineProblems(connection)).ToList());
        return StoreSnapshot.Read(connection);
    }
}
