using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Entities;

/// <summary>
/// A stretch of text naming something. <see cref="Span"/> is in clean-text offsets and
/// [FirstToken, EndToken) in token indices. <see cref="Key"/> identifies what it refers to
/// across documents: a knowledge-base id ("kb:iran") or a normalised name ("name:...").
/// </summary>
public sealed record Mention(
    TextSpan Span,
    int FirstToken,
    int EndToken,
    EntityType Type,
    MentionKind Kind,
    string Key,
    string CanonicalName)
{
    /// <summary>
    /// Whether <see cref="Type"/> is a guess from the name's length alone (an unknown two- or
    /// three-word name read as a person, a longer one left untyped), which a later stage with
    /// better evidence may replace.
    /// </summary>
    public bool TypeGuessed { get; init; }
}
