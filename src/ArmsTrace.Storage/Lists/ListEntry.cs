namespace ArmsTrace.Storage.Lists;

/// <summary>One entry of a sanctions list as imported: its id on that list, names and what the list says about it.</summary>
/// <param name="Type">person, organization, vessel, aircraft or other, as the list types it.</param>
internal sealed record ListEntry(
    string List,
    string EntryId,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Type,
    string? Country,
    string? BirthDate,
    IReadOnlyList<string> Programs);
