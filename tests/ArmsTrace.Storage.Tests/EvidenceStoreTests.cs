using System.Data.Common;
using System.Diagnostics;
using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace ArmsTrace.Storage.Tests;

/// <summary>
/// The storage suite every implementation must pass; a subclass says how to make a fresh, empty
/// database, how to reach it behind the store's back, and how to make the store's next ingest fail
/// just before commit. Stores are opened the way the program opens them, through <see cref="StoreLocation"/>.
/// </summary>
public abstract class EvidenceStoreTests
{
    /// <summary>A new, empty database as a --db value: a SQLite file path or a PostgreSQL connection string.</summary>
    protected abstract string NewDatabase();

    /// <summary>A plain connection to <paramref name="database"/>, foreign keys enforced, for looking at or tampering with what the store wrote.</summary>
    protected abstract DbConnection OpenRaw(string database);

    protected static IEvidenceStore Open(string database) => StoreLocation.Parse(database).OpenEvidenceStore();

    protected IEvidenceStore CreateStore() => Open(NewDatabase());

    /// <summary>Arms the store so its next ingest throws <see cref="InvalidOperationException"/> after writing claims, before commit.</summary>
    protected abstract void FailNextIngestBeforeCommit(IEvidenceStore store);

    /// <summary>Arms the store so that writing the document with this key throws <see cref="InvalidOperationException"/> inside the transaction.</summary>
    protected abstract void FailIngestOf(IEvidenceStore store, string key);

    /// <summary>Undoes <see cref="FailNextIngestBeforeCommit"/>.</summary>
    protected abstract void StopFailing(IEvidenceStore store);

    [Fact]
    public void Ingest_NewDocument_AddsItsRows()
    {
        using var store = CreateStore();
        var result = store.Ingest(SampleDocuments.Drones(), "v1");
        Assert.Equal(IngestOutcome.Added, result.Outcome);
        Assert.Equal(1, result.Version);
        Assert.Equal(4, result.Mentions);
        Assert.Equal(2, result.Claims);
        var s = store.Summary();
        Assert.Equal((1, 1, 3, 4, 2), (s.Documents, s.DocumentVersions, s.Entities, s.Mentions, s.Claims));
        Assert.Equal([new NamedCount("supply", 2)], s.ClaimsByType);
        Assert.Equal([new NamedCount("denied", 1), new NamedCount("reported", 1)], s.ClaimsByStance);
        Assert.Equal([new NamedCount("Iran", 2, "kb:iran")], s.TopSuppliers);
    }

    [Fact]
    public void IngestDeleteAndMigrate_GivenClock_RecordItsTimes()
    {
        var database = NewDatabase();
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero));
        using var store = StoreLocation.Parse(database, clock).OpenEvidenceStore();
        store.Ingest(SampleDocuments.Drones(), "v1");
        using (var db = OpenRaw(database))
        {
            Assert.Equal(["2031-05-06T07:08:09.0000000Z"], db.Query<string>("SELECT DISTINCT applied_at FROM schema_migrations"));
            Assert.Equal("2031-05-06T07:08:09.0000000Z", db.ExecuteScalar<string>("SELECT ingested_at FROM documents"));
        }

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("2031-05-07T07:08:09Z", store.Delete("a.txt", null, "ben")!.DeletedAt);
    }

    [Fact]
    public void FindClaims_TableGoneBehindTheStore_FailsAsStoreError()
    {
        var database = NewDatabase();
        using var store = Open(database);
        store.Ingest(SampleDocuments.Drones(), "v1");
        using (var db = OpenRaw(database))
        {
            db.Execute("ALTER TABLE claims RENAME TO claims_gone");
        }

        var ex = Assert.Throws<StoreException>(() => store.FindClaims(new ClaimFilter()));
        Assert.StartsWith($"{StoreLocation.Parse(database).Display}: claim search failed: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("claims", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SeveralDocuments_CountsAcrossThem()
    {
        using var store = CreateStore();
        SampleDocuments.IngestAll(store);
        var s = store.Summary();
        Assert.Equal((3, 3, 10, 13, 6), (s.Documents, s.DocumentVersions, s.Entities, s.Mentions, s.Claims));
        Assert.Equal(new NamedCount("supply", 4), s.ClaimsByType[0]);
        Assert.Equal([new NamedCount("Iran", 3, "kb:iran"), new NamedCount("China", 1, "kb:china")], s.TopSuppliers);
    }

    [Fact]
    public void Ingest_SameDocumentTwice_ChangesNothing()
    {
        using var store = CreateStore();
        var first = store.Ingest(SampleDocuments.Drones(), "v1");
        var before = store.Summary();
        var claimsBefore = store.FindClaims(new ClaimFilter());
        var second = store.Ingest(SampleDocuments.Drones(), "v2");
        Assert.Equal(IngestOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal((0, 0), (second.Mentions, second.Claims));
        AssertSameSummary(before, store.Summary());
        Assert.Equal(claimsBefore, store.FindClaims(new ClaimFilter()));
    }

    [Fact]
    public void Ingest_ChangedTextSameKey_KeepsOldVersionButQueriesShowTheCurrent()
    {
        using var store = CreateStore();
        store.Ingest(SampleDocuments.Drones(), "v1");
        var edited = new DocumentBuilder("Iran supplied drones to Belarus.", "a.txt", "Wire A", "2023-03-02");
        var iran = edited.Entity("kb:iran", "Iran", EntityType.Country);
        var belarus = edited.Entity("kb:belarus", "Belarus", EntityType.Country);
        edited.Claim(ClaimType.Supply, iran, "Iran supplied drones to Belarus.", obj: belarus);

        var result = store.Ingest(edited.Build(), "v1");

        Assert.Equal(IngestOutcome.NewVersion, result.Outcome);
        Assert.Equal(2, result.Version);
        var s = store.Summary();
        Assert.Equal((1, 2, 2, 2, 1), (s.Documents, s.DocumentVersions, s.Entities, s.Mentions, s.Claims));
        var claim = Assert.Single(store.FindClaims(new ClaimFilter()));
        Assert.Equal(("kb:belarus", 2, "2023-03-02"), (claim.ObjectKey, claim.DocumentVersion, claim.Published));
        Assert.Empty(store.FindEntities("Russia", null, 10, 0));
        Assert.Null(store.Dossier("Russia"));
        Assert.Single(store.Dossier("Iran")!.Claims);
    }

    [Fact]
    public void Ingest_TextBackToAnEarlierVersion_BecomesCurrentAgain()
    {
        using var store = CreateStore();
        store.Ingest(SampleDocuments.Drones(), "v1");
        store.Ingest(SampleDocuments.DronesEdited(), "v1");
        var back = store.Ingest(SampleDocuments.Drones(), "v1");
        Assert.Equal((IngestOutcome.NewVersion, 3), (back.Outcome, back.Version));
        Assert.Equal(2, store.FindClaims(new ClaimFilter()).Count);
        Assert.Equal(3, store.Summary().DocumentVersions);
    }

    [Fact]
    public void Ingest_SameTextUnderAnotherKey_IsUnchanged()
    {
        using var store = CreateStore();
        store.Ingest(SampleDocuments.Drones(), "v1");
        var copy = store.Ingest(SampleDocuments.Drones("syndicated-copy.txt"), "v1");
        Assert.Equal(IngestOutcome.Unchanged, copy.Outcome);
        Assert.Equal(1, store.Summary().Documents);
    }

    [Fact]
    public void Ingest_FailureBeforeCommit_LeavesTheStoreAsItWas()
    {
        using var store = CreateStore();
        store.Ingest(SampleDocuments.Drones(), "v1");
        var before = store.Summary();
        var claimsBefore = store.FindClaims(new ClaimFilter());
        var entitiesBefore = store.FindEntities(null, null, 100, 0);

        FailNextIngestBeforeCommit(store);
        Assert.Throws<InvalidOperationException>(() => store.Ingest(SampleDocuments.Rockets(), "v1"));
        Assert.Throws<InvalidOperationException>(() => store.Ingest(SampleDocuments.DronesEdited(), "v1"));
        StopFailing(store);

        AssertSameSummary(before, store.Summary());
        Assert.Equal(claimsBefore, store.FindClaims(new ClaimFilter()));
        Assert.Equal(entitiesBefore, store.FindEntities(null, null, 100, 0));
        Assert.Equal(IngestOutcome.Added, store.Ingest(SampleDocuments.Rockets(), "v1").Outcome);
    }

    [Fact]
    public void IngestBatch_MixedDocuments_StoresAsOneAtATimeWould()
    {
        static AnalysisContext[] Sequence() =>
        [
            SampleDocuments.Rockets(),
            SampleDocuments.Drones("syndicated-copy.txt"),
            SampleDocuments.DronesEdited(),
            SampleDocuments.Factory(),
            SampleDocuments.Factory(),
            SampleDocuments.Rockets(),
        ];

        using var alone = CreateStore();
        alone.Ingest(SampleDocuments.Drones(), "v1");
        var expected = Sequence().Select(d => alone.Ingest(d, "v1").Outcome).ToList();
        using var store = CreateStore();
        store.Ingest(SampleDocuments.Drones(), "v1");

        var attempts = store.IngestBatch([.. Sequence().Select(d => store.Prepare(d, "v1"))]);

        // Later documents of a batch see the earlier ones: the second Factory is unchanged, as it is one at a time.
        Assert.Equal([IngestOutcome.Added, IngestOutcome.Unchanged, IngestOutcome.NewVersion, IngestOutcome.Added, IngestOutcome.Unchanged, IngestOutcome.Unchanged], expected);
        Assert.Equal(expected, attempts.Select(a => a.Result!.Outcome));
        Assert.All(attempts, a => Assert.Null(a.Error));
        Assert.Equal(["b.txt", "syndicated-copy.txt", "a.txt", "c.txt", "c.txt", "b.txt"], attempts.Select(a => a.Key));
        AssertSameSummary(alone.Summary(), store.Summary());
        Assert.Equal(alone.FindClaims(new ClaimFilter()).Select(c => (c.Id, c.DocumentKey, c.EvidenceText)), store.FindClaims(new ClaimFilter()).Select(c => (c.Id, c.DocumentKey, c.EvidenceText)));
    }

    [Fact]
    public void IngestBatch_OneDocumentRefused_StoresTheOthersAndNamesIt()
    {
        using var store = CreateStore();
        FailIngestOf(store, "b.txt");

        var attempts = store.IngestBatch([.. new[] { SampleDocuments.Drones(), SampleDocuments.Rockets(), SampleDocuments.Factory() }.Select(d => store.Prepare(d, "v1"))]);

        Assert.Equal(IngestOutcome.Added, attempts[0].Result!.Outcome);
        Assert.Null(attempts[1].Result);
        Assert.Contains("b.txt", attempts[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(IngestOutcome.Added, attempts[2].Result!.Outcome);
        StopFailing(store);
        var s = store.Summary();
        Assert.Equal((2, 2), (s.Documents, s.DocumentVersions));
        Assert.DoesNotContain(store.FindClaims(new ClaimFilter()), c => c.DocumentKey == "b.txt");
    }

    [Fact]
    public void IngestBatch_FailureBeforeCommit_StoresNone()
    {
        using var store = CreateStore();
        FailNextIngestBeforeCommit(store);

        var attempts = store.IngestBatch([.. new[] { SampleDocuments.Drones(), SampleDocuments.Rockets() }.Select(d => store.Prepare(d, "v1"))]);

        Assert.All(attempts, a => Assert.Contains("simulated crash before commit", a.Error!.Message, StringComparison.Ordinal));
        StopFailing(store);
        Assert.Equal(0, store.Summary().DocumentVersions);
    }

    [Fact]
    public void Ingest_InvalidEvidenceSpan_FailsWithoutWriting()
    {
        using var store = CreateStore();
        var broken = SampleDocuments.Drones();
        broken.Claims[1] = broken.Claims[1] with { Evidence = new Core.Text.TextSpan(10, broken.Clean.Value.Length + 5) };
        var ex = Assert.Throws<StoreException>(() => store.Ingest(broken, "v1"));
        Assert.Contains("a.txt", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.Summary().DocumentVersions);
    }

    [Fact]
    public void Ingest_CleanTextWithDecodedEntities_StoresRawOffsets()
    {
        const string raw = "Iran-backed Hezbollah fired rockets at &#34;Israel&#34; from Smith &amp; Wesson launchers.";
        var d = new DocumentBuilder(raw, decodeEntities: true);
        Assert.Contains("\"Israel\"", d.Clean, StringComparison.Ordinal);
        var hezbollah = d.Entity("kb:hezbollah", "Hezbollah", EntityType.Group);
        var israel = d.Entity("kb:israel", "Israel", EntityType.Country);
        var sw = d.Entity("name:smith & wesson", "Smith & Wesson", EntityType.Organization);
        d.Claim(ClaimType.Attack, hezbollah, "Hezbollah fired rockets at \"Israel\"", obj: israel);
        d.Claim(ClaimType.Manufacture, sw, "Smith & Wesson launchers");
        using var store = CreateStore();
        store.Ingest(d.Build(), "v1");

        var attack = Assert.Single(store.FindClaims(new ClaimFilter(Type: "attack")));
        Assert.Equal("Hezbollah fired rockets at &#34;Israel&#34;", attack.EvidenceText);
        Assert.Equal(attack.EvidenceText, raw[(int)attack.EvidenceStart..(int)attack.EvidenceEnd]);
        var make = Assert.Single(store.FindClaims(new ClaimFilter(Type: "manufacture")));
        Assert.Equal("Smith &amp; Wesson launchers", raw[(int)make.EvidenceStart..(int)make.EvidenceEnd]);
        Assert.Equal(["Smith & Wesson"], store.Dossier("smith & wesson")!.Names);
    }

    [Fact]
    public void Ingest_RealPipelineOutput_KeepsEveryClaimInTheRawText()
    {
        const string raw = "China sold CH-4 drones to Iraq. Iran-backed Hezbollah fired rockets at &#34;Israel&#34;.";
        var analysed = Core.Extraction.DefaultPipeline.Create(Core.Extraction.PipelineResources.Bundled).Run(new Core.Documents.SourceDocument(raw, new Core.Documents.DocumentMetadata("real.txt")));
        using var store = CreateStore();
        store.Ingest(analysed, "v1");
        var claims = store.FindClaims(new ClaimFilter());
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(raw[(int)c.EvidenceStart..(int)c.EvidenceEnd], c.EvidenceText));
    }

    [Fact]
    public void Ingest_EntityNames_KeepTheFirstUnlessTheKnowledgeBaseNamesIt()
    {
        using var store = CreateStore();
        var first = new DocumentBuilder("Acme Corp armed Iran.", "1.txt");
        first.Entity("name:acme", "Acme Corp", EntityType.Other);
        first.Entity("kb:iran", "Iran", EntityType.Country);
        store.Ingest(first.Build(), "v1");
        var second = new DocumentBuilder("ACME Corporation armed the Islamic Republic.", "2.txt");
        second.Entity("name:acme", "ACME Corporation", EntityType.Organization);
        second.Entity("kb:iran", "Islamic Republic of Iran", EntityType.Country, "Islamic Republic");
        store.Ingest(second.Build(), "v1");

        var acme = Assert.Single(store.FindEntities("acme", null, 10, 0));
        Assert.Equal(("Acme Corp", "organization"), (acme.Name, acme.Type));
        Assert.Equal("Islamic Republic of Iran", Assert.Single(store.FindEntities("iran", EntityType.Country, 10, 0)).Name);
    }

    [Fact]
    public void FindEntities_Search_MatchesNameOrMentionTextInAnyCase()
    {
        using var store = Loaded();
        Assert.Equal(["kb:iran", "kb:tehran"], Keys(store.FindEntities("TEHRAN", null, 10, 0)));
        Assert.Equal(["kb:iran", "kb:iraq"], Keys(store.FindEntities("ira", null, 10, 0)));
        Assert.Equal(["name:ghazanfar roknabadi industries"], Keys(store.FindEntities("gri", null, 10, 0)));
        Assert.Empty(store.FindEntities("%", null, 10, 0));
        Assert.Empty(store.FindEntities("nobody", null, 10, 0));
    }

    [Fact]
    public void FindEntities_EachEntity_CarriesKeyNameTypeAndClaimCount()
    {
        using var store = Loaded();
        var all = store.FindEntities(null, null, 100, 0);
        Assert.Equal(10, all.Count);
        Assert.Equal(new StoredEntity("kb:iran", "Iran", "country", 3), all[0]);
        Assert.Equal(new StoredEntity("name:reuters", "Reuters", "organization", 1), all.Single(e => e.Key == "name:reuters"));
        Assert.Equal(new StoredEntity("kb:shahed-136", "Shahed-136", "weapon", 1), all.Single(e => e.Key == "kb:shahed-136"));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Claims >= p.Second.Claims), "most claims first");
    }

    [Fact]
    public void FindEntities_TypeFilter_KeepsThatTypeOnly()
    {
        using var store = Loaded();
        Assert.Equal(["kb:ch-4", "kb:shahed-136"], Keys(store.FindEntities(null, EntityType.Weapon, 10, 0)).Order());
        Assert.Equal(["kb:iraq"], Keys(store.FindEntities("ira", EntityType.Country, 10, 0)).Where(k => k != "kb:iran"));
        Assert.Empty(store.FindEntities("tehran", EntityType.Weapon, 10, 0));
    }

    [Fact]
    public void FindEntities_Pages_DoNotOverlapAndCoverAll()
    {
        using var store = Loaded();
        var all = Keys(store.FindEntities(null, null, 100, 0));
        var pages = Enumerable.Range(0, 4).SelectMany(p => Keys(store.FindEntities(null, null, 3, p * 3))).ToList();
        Assert.Equal(all, pages);
        Assert.Equal(3, store.FindEntities(null, null, 3, 0).Count);
        Assert.Single(store.FindEntities(null, null, 3, 9));
        Assert.Empty(store.FindEntities(null, null, 3, 10));
    }

    [Fact]
    public void FindClaims_Filters_NarrowTheList()
    {
        using var store = Loaded();
        Assert.Equal(6, store.FindClaims(new ClaimFilter()).Count);
        Assert.Equal(4, store.FindClaims(new ClaimFilter(Type: "supply")).Count);
        Assert.Equal(4, store.FindClaims(new ClaimFilter(Type: "Supply")).Count);
        Assert.Single(store.FindClaims(new ClaimFilter(Type: "located_in")));
        Assert.Empty(store.FindClaims(new ClaimFilter(Type: "no-such-type")));
        Assert.Equal(2, store.FindClaims(new ClaimFilter(EntityKey: "kb:russia")).Count);
        Assert.Single(store.FindClaims(new ClaimFilter(EntityKey: "kb:ch-4")));
        Assert.Single(store.FindClaims(new ClaimFilter(EntityKey: "name:reuters")));
        Assert.Equal("Tehran denied sending drones.", Assert.Single(store.FindClaims(new ClaimFilter(Stance: "DENIED"))).EvidenceText);
        Assert.Equal("kb:hezbollah", Assert.Single(store.FindClaims(new ClaimFilter(SourceKey: "name:reuters"))).ObjectKey);
        Assert.Equal("kb:china", Assert.Single(store.FindClaims(new ClaimFilter(Text: "ch-4"))).SubjectKey);
        Assert.Empty(store.FindClaims(new ClaimFilter(Text: "%")));
        Assert.Equal(3, store.FindClaims(new ClaimFilter(Type: "supply", EntityKey: "kb:iran")).Count);
        Assert.Single(store.FindClaims(new ClaimFilter(Type: "supply", EntityKey: "kb:iran", Stance: "alleged")));
    }

    [Fact]
    public void FindClaims_Pages_FollowPublicationOrder()
    {
        using var store = Loaded();
        var all = store.FindClaims(new ClaimFilter(Limit: 100));
        Assert.Equal(["2022-08-05", "2022-08-05", "2023-03-01", "2023-03-01", null, null], all.Select(c => c.Published));
        var paged = Enumerable.Range(0, 3).SelectMany(p => store.FindClaims(new ClaimFilter(Limit: 2, Offset: p * 2))).ToList();
        Assert.Equal(all.Select(c => c.Id), paged.Select(c => c.Id));
    }

    [Fact]
    public void FindClaims_EachClaim_CarriesAllFieldsAndItsDocument()
    {
        using var store = Loaded();
        var c = Assert.Single(store.FindClaims(new ClaimFilter(Stance: "reported")));
        Assert.Equal(("supply", "kb:iran", "Iran", "kb:russia", "Russia"), (c.Type, c.SubjectKey, c.SubjectName, c.ObjectKey, c.ObjectName));
        Assert.Equal(("kb:shahed-136", "Shahed-136", 46m, "drones", "46"), (c.ItemKey, c.ItemName, c.QuantityValue, c.QuantityUnit, c.QuantityText));
        Assert.Equal(("in 2022", "2022-01-01", "2022-12-31", "year"), (c.TimeText, c.TimeFrom, c.TimeTo, c.TimePrecision));
        Assert.Equal(("a.txt", 1, "Wire A", "2023-03-01"), (c.DocumentKey, c.DocumentVersion, c.Outlet, c.Published));
        Assert.Equal(("test-extractor", "v1"), (c.Extractor, c.ExtractorVersion));
        Assert.Equal((0L, 69L), (c.EvidenceStart, c.EvidenceEnd));
        Assert.Equal(SampleDocuments.DroneText[..69], c.EvidenceText);
        Assert.True(DateTime.TryParse(c.RecordedAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at));
        Assert.Equal(DateTimeKind.Utc, at.Kind);
        var sourced = Assert.Single(store.FindClaims(new ClaimFilter(SourceKey: "name:reuters")));
        Assert.Equal(("name:reuters", "Reuters", "alleged"), (sourced.SourceKey, sourced.SourceName, sourced.Stance));
    }

    [Fact]
    public void Dossier_ByAlias_FindsTheEntityWithAllItsClaimsByDate()
    {
        using var store = Loaded();
        var dossier = store.Dossier("tehran");
        Assert.NotNull(dossier);
        Assert.Equal(new StoredEntity("kb:iran", "Iran", "country", 3), dossier.Entity);
        Assert.Equal(["Iran", "Tehran"], dossier.Names.Order(StringComparer.Ordinal));
        Assert.Equal(["2022-08-05", "2023-03-01", "2023-03-01"], dossier.Claims.Select(c => c.Published));
    }

    [Fact]
    public void Dossier_ByKeyOrName_IgnoresCase()
    {
        using var store = Loaded();
        Assert.Equal("kb:tehran", store.Dossier("KB:TEHRAN")?.Entity.Key);
        Assert.Equal("name:ghazanfar roknabadi industries", store.Dossier("ghazanfar roknabadi INDUSTRIES")?.Entity.Key);
        var gri = store.Dossier("GRI");
        Assert.NotNull(gri);
        Assert.Equal(["GRI", "Ghazanfar Roknabadi Industries"], gri.Names.Order(StringComparer.Ordinal));
        Assert.Equal(2, gri.Claims.Count);
    }

    [Fact]
    public void Dossier_EveryRole_IsIncluded()
    {
        using var store = Loaded();
        Assert.Single(store.Dossier("Reuters")!.Claims);
        Assert.Single(store.Dossier("Shahed-136")!.Claims);
        Assert.Equal(2, store.Dossier("Russia")!.Claims.Count);
    }

    [Fact]
    public void Dossier_UnknownName_IsNull()
    {
        using var store = Loaded();
        Assert.Null(store.Dossier("Atlantis"));
        Assert.Null(store.Dossier("  "));
    }

    [Fact]
    public void FindEntities_SearchBeyondAscii_IgnoresCase()
    {
        using var store = CreateStore();
        var d = new DocumentBuilder("Élysée officials met Øresund Defence.", "fr.txt");
        d.Entity("name:élysée", "Élysée", EntityType.Organization);
        d.Entity("name:øresund defence", "Øresund Defence", EntityType.Organization);
        store.Ingest(d.Build(), "v1");
        Assert.Equal(["name:élysée"], Keys(store.FindEntities("ÉLYSÉE", null, 10, 0)));
        Assert.Equal(["name:øresund defence"], Keys(store.FindEntities("øresund", null, 10, 0)));
        Assert.Equal(["name:élysée"], Keys(store.FindEntities("lys", null, 10, 0)));
        Assert.Equal(["name:øresund defence"], Keys(store.FindEntities("DEFENCE", null, 10, 0)));
        Assert.Equal("name:élysée", store.Dossier("élysée")?.Entity.Key);
    }

    [Fact]
    public void Open_ExistingStore_AppliesNothingTwiceAndKeepsData()
    {
        var database = NewDatabase();
        using (var store = Open(database))
        {
            store.Ingest(SampleDocuments.Drones(), "v1");
        }

        string[] appliedAt;
        using (var db = OpenRaw(database))
        {
            appliedAt = [.. db.Query<string>("SELECT applied_at FROM schema_migrations ORDER BY number")];
        }

        using (var again = Open(database))
        {
            Assert.Equal(2, again.Summary().Claims);
            Assert.Equal(IngestOutcome.Unchanged, again.Ingest(SampleDocuments.Drones(), "v1").Outcome);
        }

        using var check = OpenRaw(database);
        Assert.NotEmpty(appliedAt);
        Assert.Equal(appliedAt, check.Query<string>("SELECT applied_at FROM schema_migrations ORDER BY number"));
    }

    [Fact]
    public void Open_SchemaNewerThanTheCode_FailsNamingTheDatabase()
    {
        var database = NewDatabase();
        using (Open(database))
        {
        }

        using (var db = OpenRaw(database))
        {
            db.Execute("INSERT INTO schema_migrations (number, name, applied_at) VALUES (9999, '9999_future.sql', '2099-01-01')");
        }

        var ex = Assert.Throws<StoreException>(() => Open(database));
        Assert.Contains(StoreLocation.Parse(database).Display, ex.Message, StringComparison.Ordinal);
        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DatabaseOfAnotherProgram_FailsNamingIt()
    {
        var database = NewDatabase();
        using (var db = OpenRaw(database))
        {
            db.Execute("CREATE TABLE documents (whatever TEXT)");
        }

        var ex = Assert.Throws<StoreException>(() => Open(database));
        Assert.Contains(StoreLocation.Parse(database).Display, ex.Message, StringComparison.Ordinal);
        using var check = OpenRaw(database);
        Assert.Equal(0L, check.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
    }

    [Fact]
    public void Schema_DocumentWithClaims_CannotBeDeletedUnderForeignKeys()
    {
        var database = NewDatabase();
        using var store = Open(database);
        store.Ingest(SampleDocuments.Drones(), "v1");
        using var db = OpenRaw(database);
        Assert.ThrowsAny<DbException>(() => db.Execute("DELETE FROM documents"));
        Assert.Equal(2, store.Summary().Claims);
    }

    [Fact]
    public void Ingest_Mentions_StoreRawOffsetsAndTheirDocument()
    {
        const string raw = "Smith &amp; Wesson sold rifles to &#34;Iraq&#34;.";
        var d = new DocumentBuilder(raw, decodeEntities: true);
        d.Entity("name:smith & wesson", "Smith & Wesson", EntityType.Organization);
        d.Entity("kb:iraq", "Iraq", EntityType.Country);
        var database = NewDatabase();
        using var store = Open(database);
        var id = store.Ingest(d.Build(), "v1").DocumentId;

        using var db = OpenRaw(database);
        var rows = db.Query<(long Doc, string Key, long Start, long End, string Text)>(
            "SELECT document_id, entity_key, start_offset, end_offset, text FROM mentions ORDER BY start_offset").ToList();
        Assert.Equal([(id, "name:smith & wesson", 0L, 18L, "Smith & Wesson"), (id, "kb:iraq", 39L, 43L, "Iraq")], rows);
        Assert.Equal("Smith &amp; Wesson", raw[0..18]);
        Assert.Equal(raw, db.ExecuteScalar<string>("SELECT raw_text FROM documents"));
    }

    [Fact]
    public void Ingest_Document_StoresItsMetadata()
    {
        var database = NewDatabase();
        using var store = Open(database);
        var context = SampleDocuments.Drones();
        store.Ingest(context, "v1");
        using var db = OpenRaw(database);
        var row = db.QuerySingle<(string Key, long Version, string Hash, string Title, string Url, string Outlet, string Published, string IngestedAt)>(
            "SELECT doc_key, version, content_hash, title, url, outlet, published, ingested_at FROM documents");
        Assert.Equal(("a.txt", 1L, context.Document.ContentHash), (row.Key, row.Version, row.Hash));
        Assert.Equal(("A headline", "https://example.test/a.txt", "Wire A", "2023-03-01"), (row.Title, row.Url, row.Outlet, row.Published));
        Assert.EndsWith("Z", row.IngestedAt, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_ThousandSmallDocuments_TakesSeconds()
    {
        using var store = CreateStore();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            var d = new DocumentBuilder($"Document {i}: Iran supplied drones to Russia. Officials in Tehran denied it.", $"doc-{i}.txt");
            var iran = d.Entity("kb:iran", "Iran", EntityType.Country, "Iran", "Tehran");
            var russia = d.Entity("kb:russia", "Russia", EntityType.Country);
            d.Claim(ClaimType.Supply, iran, "Iran supplied drones to Russia.", obj: russia);
            d.Claim(ClaimType.Supply, iran, "Officials in Tehran denied it.", obj: russia, stance: Stance.Denied);
            store.Ingest(d.Build(), "v1");
        }

        clock.Stop();
        Assert.Equal(2000, store.Summary().Claims);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"1,000 documents took {clock.Elapsed}");
    }

    private IEvidenceStore Loaded()
    {
        var store = CreateStore();
        SampleDocuments.IngestAll(store);
        return store;
    }

    private static List<string> Keys(IEnumerable<StoredEntity> entities) => [.. entities.Select(e => e.Key)];

    private static void AssertSameSummary(StoreSummary expected, StoreSummary actual)
    {
        Assert.Equal(
            (expected.Documents, expected.DocumentVersions, expected.Entities, expected.Mentions, expected.Claims),
            (actual.Documents, actual.DocumentVersions, actual.Entities, actual.Mentions, actual.Claims));
        Assert.Equal(expected.ClaimsByType, actual.ClaimsByType);
        Assert.Equal(expected.ClaimsByStance, actual.ClaimsByStance);
        Assert.Equal(expected.TopSuppliers, actual.TopSuppliers);
    }
}
