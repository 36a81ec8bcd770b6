using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage.Searching;

namespace ArmsTrace.Storage.Tests.Searching;

/// <summary>Full-text search and entity type-ahead, on every database; each test works on one fresh database.</summary>
public abstract class SearchTests
{
    protected const string Convoy = "Trucks carrying artillery shells crossed into Niger at night.";
    private const string Pledge = "The ministry pledged more shells next spring.";

    private StoreLocation? _db;

    private StoreLocation Db => _db ??= StoreLocation.Parse(NewDatabase());

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void Search_Words_FindsTheDocumentAndItsEvidenceWithMatchesMarked()
    {
        using var store = Db.OpenEvidenceStore();
        store.Ingest(Shells(), "v1");
        SampleDocuments.IngestAll(store);

        var found = store.Search("artillery shells", 10, 0);

        var doc = Assert.Single(found.Documents);
        Assert.Equal(("shells.txt", "Convoys to Niger", 1L), (doc.Key, doc.Title, found.DocumentsTotal));
        Assert.Contains(doc.Snippet, p => p.Match && p.Text.Equals("artillery", StringComparison.OrdinalIgnoreCase));
        var claim = Assert.Single(found.Claims);
        Assert.Equal((Convoy, 1L), (string.Concat(claim.Evidence.Select(p => p.Text)), found.ClaimsTotal));
        Assert.Equal(["artillery", "shells"], claim.Evidence.Where(p => p.Match).Select(p => p.Text));
    }

    [Fact]
    public void Search_AnotherFormOfAWord_FindsItByItsStem()
    {
        using var store = Db.OpenEvidenceStore();
        store.Ingest(Shells(), "v1");

        var found = store.Search("pledges", 10, 0);

        Assert.Equal(Pledge, string.Concat(Assert.Single(found.Claims).Evidence.Select(p => p.Text)));
    }

    [Fact]
    public void Search_NewVersionAndDeletion_KeepTheIndexInStep()
    {
        using var store = Db.OpenEvidenceStore();
        store.Ingest(Shells(), "v1");
        store.Ingest(Shells(convoy: "Lorries carrying howitzers crossed into Niger at night."), "v1");

        Assert.Empty(store.Search("artillery", 10, 0).Documents);
        Assert.Single(store.Search("howitzers", 10, 0).Claims);

        store.Delete("shells.txt", null, "ben");

        var after = store.Search("howitzers", 10, 0);
        Assert.Equal((0L, 0L), (after.DocumentsTotal, after.ClaimsTotal));
    }

    [Fact]
    public void Search_CorrectedTitle_IsFoundByItsNewWords()
    {
        using var store = Db.OpenEvidenceStore();
        store.Ingest(Shells(), "v1");
        store.Ingest(Shells(title: "Sahel munitions route"), "v1");

        Assert.Equal("shells.txt", Assert.Single(store.Search("Sahel", 10, 0).Documents).Key);
        Assert.Empty(store.Search("Convoys", 10, 0).Documents);
    }

    [Fact]
    public void Search_QueryLanguageCharacters_AreReadAsPlainWords()
    {
        using var store = Db.OpenEvidenceStore();
        store.Ingest(Shells(), "v1");

        var found = store.Search("\"shells\" OR (NEAR* ^trucks -", 10, 0);

        Assert.Equal(0L, found.DocumentsTotal);
        Assert.Single(store.Search("shells: trucks!", 10, 0).Documents);
    }

    [Fact]
    public void Search_Pages_DoNotOverlapAndKeepTheTotal()
    {
        using var store = Db.OpenEvidenceStore();
        for (var i = 0; i < 5; i++)
        {
            store.Ingest(Shells(key: $"shells-{i}.txt", convoy: Convoy.Replace("night", $"night {i}", StringComparison.Ordinal)), "v1");
        }

        var first = store.Search("artillery", 2, 0);
        var second = store.Search("artillery", 2, 2);

        Assert.Equal((5L, 5L), (first.DocumentsTotal, second.DocumentsTotal));
        Assert.Empty(first.Documents.Select(d => d.Key).Intersect(second.Documents.Select(d => d.Key)));
        Assert.Equal(2, second.Claims.Count);
    }

    [Fact]
    public void Search_NoWords_IsRefused()
    {
        using var store = Db.OpenEvidenceStore();

        var ex = Assert.Throws<ArgumentException>(() => store.Search(" -- ", 10, 0));

        Assert.Contains("no words", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hizballah", "kb:hezbollah")]
    [InlineData("hizb", "kb:hezbollah")]
    [InlineData("Shahed 136", "kb:shahed-136")]
    [InlineData("Suleimani", "kb:soleimani")]
    [InlineData("Qasem Suleimani", "kb:soleimani")]
    [InlineData("Roknabadi Industries", "name:ghazanfar roknabadi industries")]
    public void FindEntities_SpellingScreeningMatches_FindsTheEntity(string typed, string key)
    {
        using var store = Db.OpenEvidenceStore();
        SampleDocuments.IngestAll(store);
        store.Ingest(Commander(), "v1");

        Assert.Contains(store.FindEntities(typed), e => e.Key == key);
        Assert.True(store.CountEntities(typed, null) >= 1);
    }

    [Fact]
    public void FindEntities_NameAnAnalystGave_IsFoundByItsSpellings()
    {
        using (var store = Db.OpenEvidenceStore())
        {
            SampleDocuments.IngestAll(store);
        }

        using (var review = Db.OpenReview())
        {
            review.JudgeEntity("kb:iraq", Storage.Review.EntityAction.Rename, "Republic of Iraq", "the full name", "ana");
        }

        using var again = Db.OpenEvidenceStore();
        Assert.Contains(again.FindEntities("Republik"), e => e.Key == "kb:iraq");
    }

    [Fact]
    public void FindEntities_UnrelatedName_FindsNothing()
    {
        using var store = Db.OpenEvidenceStore();
        SampleDocuments.IngestAll(store);

        Assert.Empty(store.FindEntities("Wagner"));
    }

    /// <summary>The name trigram indexes only narrow the search: quotes and LIKE's wildcards in what is typed are plain characters.</summary>
    [Theory]
    [InlineData("l_qu", true, false)]
    [InlineData("0% \"", true, false)]
    [InlineData("nit\"", true, false)]
    [InlineData("quds", true, true)]
    [InlineData("xquds", false, true)]
    public void FindEntities_PartOfAName_FindsExactlyTheNamesHoldingIt(string typed, bool odd, bool plain)
    {
        using var store = Db.OpenEvidenceStore();
        var d = new DocumentBuilder("Al_Quds 50% \"Unit\" met AlxQuds 500 Unit.", "odd.txt");
        d.Entity("name:odd", "Al_Quds 50% \"Unit\"", EntityType.Group);
        d.Entity("name:plain", "AlxQuds 500 Unit", EntityType.Group);
        store.Ingest(d.Build(), "v1");

        var found = store.FindEntities(typed).Select(e => e.Key).ToList();

        Assert.Equal((odd, plain), (found.Contains("name:odd"), found.Contains("name:plain")));
    }

    [Fact]
    public void FindEntities_RenamedEntity_IsFoundByAnyPartOfItsNewName()
    {
        using (var store = Db.OpenEvidenceStore())
        {
            SampleDocuments.IngestAll(store);
        }

        using (var review = Db.OpenReview())
        {
            review.JudgeEntity("kb:iraq", Storage.Review.EntityAction.Rename, "Republic of Iraq", "the full name", "ana");
        }

        using var again = Db.OpenEvidenceStore();
        Assert.Contains(again.FindEntities("ublic of"), e => e.Key == "kb:iraq");
    }

    /// <summary>Documents shells-0.txt to shells-(count-1).txt in that order, each with one claim on artillery, all scoring alike.</summary>
    protected void IngestNumberedShells(int count)
    {
        using var store = Db.OpenEvidenceStore();
        for (var i = 0; i < count; i++)
        {
            store.Ingest(Shells(key: $"shells-{i}.txt", convoy: Convoy.Replace("night", $"night {i}", StringComparison.Ordinal)), "v1");
        }
    }

    protected static AnalysisContext Shells(string key = "shells.txt", string convoy = Convoy, string title = "Convoys to Niger")
    {
        var d = new DocumentBuilder(convoy + " " + Pledge, key, "Sahel Wire", "2024-05-02", title: title);
        var niger = d.Entity("kb:niger", "Niger", EntityType.Country);
        var ministry = DocumentBuilder.Ref("name:ministry", "the ministry", EntityType.Organization);
        d.Claim(ClaimType.Supply, ministry, convoy, obj: niger);
        d.Claim(ClaimType.Supply, ministry, Pledge, obj: niger, stance: Stance.Intended);
        return d.Build();
    }

    private static AnalysisContext Commander()
    {
        var d = new DocumentBuilder("Qassem Soleimani visited Beirut.", "commander.txt");
        var soleimani = d.Entity("kb:soleimani", "Qassem Soleimani", EntityType.Person);
        var beirut = d.Entity("kb:beirut", "Beirut", EntityType.Place);
        d.Claim(ClaimType.Visit, soleimani, "Qassem Soleimani visited Beirut.", obj: beirut);
        return d.Build();
    }
}
