namespace ArmsTrace.Core.Documents;

/// <summary>What is known about a document besides its text.</summary>
/// <param name="Key">Stable short name, usually the file name (e.g. "002_4ed8.txt").</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Url">Where the document was published.</param>
/// <param name="Outlet">Who published it (e.g. "Fox News").</param>
/// <param name="Published">Publication date as given: "2023-11", "2022-08-05".</param>
public sealed record DocumentMetadata(
    string Key,
    string? Title = null,
    string? Url = null,
    string? Outlet = null,
    string? Published = null);
