using ArmsTrace.Core.Nlp.Features;

namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>
/// Per-word hashes the parser's templates combine: lower-cased word, fine tag, coarse tag and
/// suffix. Slot N is the artificial root. Reused between sentences.
/// </summary>
internal sealed class ParserAtoms
{
    public static readonly ulong None = FeatureHash.Text("<none>");
    public static readonly ulong Root = FeatureHash.Text("<root>");

    public ulong[] Word { get; private set; } = new ulong[64];

    public ulong[] Fine { get; private set; } = new ulong[64];

    public ulong[] Coarse { get; private set; } = new ulong[64];

    public ulong[] Suffix { get; private set; } = new ulong[64];

    public int N { get; private set; }

    public void Reset(int n)
    {
        if (Word.Length < n + 1)
        {
            var size = Math.Max(n + 1, Word.Length * 2);
            Word = new ulong[size];
            Fine = new ulong[size];
            Coarse = new ulong[size];
            Suffix = new ulong[size];
        }

        N = n;
        Word[n] = Root;
        Fine[n] = Root;
        Coarse[n] = Root;
        Suffix[n] = Root;
    }

    public void Set(int i, ReadOnlySpan<char> word, ReadOnlySpan<char> upos, ReadOnlySpan<char> xpos)
    {
        Word[i] = FeatureHash.Lower(word);
        Suffix[i] = FeatureHash.Lower(word[Math.Max(0, word.Length - 3)..]);
        Coarse[i] = FeatureHash.Text(upos);
        Fine[i] = FeatureHash.Text(xpos);
    }

    public ulong W(int i) => i < 0 ? None : Word[i];

    public ulong P(int i) => i < 0 ? None : Fine[i];

    public ulong U(int i) => i < 0 ? None : Coarse[i];

    public ulong S(int i) => i < 0 ? None : Suffix[i];
}
