namespace ArmsTrace.Core.Text;

/// <summary>
/// Per-token linguistic layers, indexed like the document's token list. Tag and relation
/// strings come from fixed tag sets, so filling them allocates nothing per token.
/// <see cref="Head"/> is a document-wide token index, -1 for a sentence root.
/// </summary>
public sealed class TokenAnnotations
{
    public TokenAnnotations(int count)
    {
        Upos = new string[count];
        Xpos = new string[count];
        Lemma = new string[count];
        Head = new int[count];
        Deprel = new string[count];
        Array.Fill(Head, -1);
    }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public string[] Lemma { get; }

    public int[] Head { get; }

    public string[] Deprel { get; }
}
