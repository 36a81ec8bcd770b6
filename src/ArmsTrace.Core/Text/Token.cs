namespace ArmsTrace.Core.Text;

/// <summary>
/// A token as offsets into the clean view of a document. Annotations live in
/// <see cref="TokenAnnotations"/> so the token itself stays a small value with no strings.
/// </summary>
public readonly record struct Token(int Start, int End, TokenShape Shape)
{
    public int Length => End - Start;
}
