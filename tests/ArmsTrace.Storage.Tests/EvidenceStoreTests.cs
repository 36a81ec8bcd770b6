using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Storage.Tests;

/// <summary>The storage suite every implementation must pass; subclasses say how to open a fresh store.</summary>
public abstract class EvidenceStoreTests
{
    protected abstract IEvidenceStore CreateStore();

    protected static AnalysisContext Analyse(string text, string key = "doc.txt") =>
        DefaultPipeline.Create().Run(new SourceDocument(text, new DocumentMetadata(key, Outlet: "Test Wire", Published: "2023-02-01")));

    private const string Text = "China sold CH-4 drones to Iraq. Iran-backed Hezbollah fired rockets at &#34;Israel&#34;.";

    [Fact]
    public void Ingest_SameDocumentTwice_ChangesNothing()
    {
        using var store = CreateStore();
        var first = store.Ingest(Analyse(Text), "test");
        var before = store.Summary();
        var second = store.Ingest(Analyse(Text), "test");
        Assert.Equal(IngestOutcome.Added, first.Outcome);
        Assert.Equal(IngestOutcome.Unchanged, second.Outcome);
        Assert.Equal(before, store.Summary(), new SummaryComparer());
    }

    [Fact]
    public void Ingest_ChangedText_StoresANewVersionAndKeepsTheOld()
    {
        using var store = CreateStore();
        store.Ingest(Analyse(Text), "test");
        var result = store.Ingest(Analyse(Text + " Russia used drones."), "test");
        Assert.Equal(IngestOutcome.NewVersion, result.Outcome);
        Assert.Equal(2, result.Version);
        var summary = store.Summary();
        Assert.Equal(1, summary.Documents);
        Assert.Equal(2, summary.DocumentVersions);
        Assert.All(store.FindClaims(new ClaimFilter()), c => Assert.Equal("doc.txt", c.DocumentKey));
    }

    [Fact]
    public void Claims_EvidenceOffsets_PointIntoTheRawText()
    {
        using var store = CreateStore();
        store.Ingest(Analyse(Text), "test");
        var claim = Assert.Single(store.FindClaims(new ClaimFilter(Type: "sponsor")));
        Assert.Equal(Text[(int)claim.EvidenceStart..(int)claim.EvidenceEnd], claim.EvidenceText);
        Assert.Contains("&#34;Israel&#34;", claim.EvidenceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Dossier_FindsEntityByMentionText()
    {
        using var store = CreateStore();
        store.Ingest(Analyse(Text), "test");
        var dossier = store.Dossier("Hezbollah");
        Assert.NotNull(dossier);
        Assert.Contains(dossier.Claims, c => c.Type == "sponsor");
        Assert.NotEmpty(store.FindEntities("hezb"));
    }

    private sealed class SummaryComparer : IEqualityComparer<StoreSummary>
    {
        public bool Equals(StoreSummary? x, StoreSummary? y) =>
            x is not null && y is not null && x.Documents == y.Documents && x.Claims == y.Claims && x.Mentions == y.Mentions
            && x.Entities == y.Entities && x.DocumentVersions == y.DocumentVersions;

        public int GetHashCode(StoreSummary obj) => obj.Claims.GetHashCode();
    }
}
