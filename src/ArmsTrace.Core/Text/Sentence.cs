namespace ArmsTrace.Core.Text;

/// <summary>A sentence: its character span in the clean view and its token range [FirstToken, EndToken).</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
