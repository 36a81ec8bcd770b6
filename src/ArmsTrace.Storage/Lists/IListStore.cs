namespace ArmsTrace.Storage.Lists;

/// <summary>Imported sanctions-list entries in the evidence database; re-importing an entry replaces it.</summary>
internal interface IListStore : IDisposable
{
    /// <summary>Stores the entries in one transaction; returns how many.</summary>
    int Import(IReadOnlyList<ListEntry> entries, string sourceFile);

    /// <summary>Every stored entry, by list and entry id.</summary>
    IReadOnlyList<ListEntry> All();
}
