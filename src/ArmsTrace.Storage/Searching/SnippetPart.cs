namespace ArmsTrace.Storage.Searching;

/// <param name="Match">Whether this run of text is a word the search matched.</param>
public sealed record SnippetPart(string Text, bool Match);
