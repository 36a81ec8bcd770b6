namespace ArmsTrace.Storage.Rows;

/// <summary>
/// One mention: offsets are raw, into the stored document text; <see cref="Text"/> is the clean
/// surface (HTML entities decoded), because that is what searches and dossiers match and show.
/// </summary>
internal sealed record MentionRow(string EntityKey, int Start, int End, string Text);
