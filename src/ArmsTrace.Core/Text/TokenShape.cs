namespace ArmsTrace.Core.Text;

/// <summary>Coarse orthographic class of a token, computed once by the tokenizer.</summary>
public enum TokenShape : byte
{
    Lower,
    Capitalized,
    AllCaps,
    Mixed,
    Number,
    Punctuation,
    Symbol,
    Url,
}
