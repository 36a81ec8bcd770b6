using ArmsTrace.Storage.Lists;

namespace ArmsTrace.Storage.Tests.Lists;

/// <summary>The sanctions-list suite every database must pass; each test works on one fresh database.</summary>
public abstract class ListStoreTests
{
    private StoreLocation? _db;

    private StoreLocation Db => _db ??= StoreLocation.Parse(NewDatabase());

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void All_NothingImported_IsEmpty()
    {
        using var lists = Db.OpenLists();
        Assert.Equal(0, lists.Import([], "empty.xml"));
        Assert.Empty(lists.All());
    }

    [Fact]
    public void Import_EveryField_ComesBackAsImported()
    {
        using var lists = Db.OpenLists();
        var entry = new ListEntry("ofac", "12345", "Islamic Revolutionary Guard Corps", ["IRGC", "Sepah-e Pâsdârân"], "organization", "ir", null, ["SDGT", "IRGC"]);
        lists.Import([entry], "sdn.xml");
        var back = Assert.Single(lists.All());
        Assert.Equal((entry.List, entry.EntryId, entry.Name, entry.Type, entry.Country, entry.BirthDate), (back.List, back.EntryId, back.Name, back.Type, back.Country, back.BirthDate));
        Assert.Equal(entry.Aliases, back.Aliases);
        Assert.Equal(entry.Programs, back.Programs);
    }

    [Fact]
    public void Import_NoAliasesOrPrograms_ComeBackEmpty()
    {
        using var lists = Db.OpenLists();
        lists.Import([new ListEntry("un", "QDi.1", "Someone", [], null, null, "1960-01-01", [])], "un.xml");
        var back = Assert.Single(lists.All());
        Assert.Empty(back.Aliases);
        Assert.Empty(back.Programs);
        Assert.Equal("1960-01-01", back.BirthDate);
    }

    [Fact]
    public void Import_SameEntryAgain_Replaces()
    {
        using var lists = Db.OpenLists();
        lists.Import([new ListEntry("ftm", "x1", "Old Name", [], "person", null, null, [])], "a.jsonl");
        lists.Import([new ListEntry("ftm", "x1", "New Name", ["Alias"], "person", "ir", "1960", ["p"])], "b.jsonl");
        var entry = Assert.Single(lists.All());
        Assert.Equal(("New Name", "ir", "1960"), (entry.Name, entry.Country, entry.BirthDate));
        Assert.Equal(["Alias"], entry.Aliases);
        Assert.Equal(["p"], entry.Programs);
    }

    [Fact]
    public void Import_SameIdOnAnotherList_IsAnotherEntry()
    {
        using var lists = Db.OpenLists();
        lists.Import([new ListEntry("un", "1", "On the UN list", [], null, null, null, [])], "un.xml");
        lists.Import([new ListEntry("ofac", "1", "On the OFAC list", [], null, null, null, [])], "sdn.xml");
        Assert.Equal(["On the OFAC list", "On the UN list"], lists.All().Select(e => e.Name));
    }

    [Fact]
    public void All_SeveralLists_ComeBackByListAndIdInByteOrder()
    {
        using var lists = Db.OpenLists();
        Assert.Equal(3, lists.Import([new ListEntry("un", "b2", "B", [], null, null, null, []), new ListEntry("un", "a1", "A", ["A1", "A2"], "organization", null, null, ["x", "y"]), new ListEntry("un", "B9", "Upper", [], null, null, null, [])], "un.xml"));
        lists.Import([new ListEntry("ofac", "9", "Nine", [], "person", null, null, [])], "sdn.xml");
        Assert.Equal([("ofac", "9"), ("un", "B9"), ("un", "a1"), ("un", "b2")], lists.All().Select(e => (e.List, e.EntryId)));
        Assert.Equal(["A1", "A2"], lists.All()[2].Aliases);
    }

    [Fact]
    public void Import_EntryTheDatabaseRefuses_StoresNoneOfTheFileAndNamesIt()
    {
        using var lists = Db.OpenLists();
        var ex = Assert.Throws<StoreException>(() => lists.Import([new ListEntry("un", "1", "Fine", [], null, null, null, []), new ListEntry("un", "2", null!, [], null, null, null, [])], "broken.xml"));
        Assert.StartsWith($"{Db.Display}: broken.xml: ", ex.Message, StringComparison.Ordinal);
        Assert.Empty(lists.All());
    }
}
