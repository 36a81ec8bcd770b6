using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Tagging;

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

    /// <summary>The set of tags the word took in training; lets the parser second-guess a wrong tag.</summary>
    public ulong[] Ambiguity { get; private set; } = new ulong[64];

    /// <summary>Running counts of verbs and of punctuation before each word, for "between" features.</summary>
    public int[] VerbsBefore { get; private set; } = new int[65];

    public int[] PunctBefore { get; private set; } = new int[65];

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
            Ambiguity = new ulong[size];
            VerbsBefore = new int[size + 1];
            PunctBefore = new int[size + 1];
        }

        N = n;
        Word[n] = Root;
        Fine[n] = Root;
        Coarse[n] = Root;
        Suffix[n] = Root;
        Ambiguity[n] = Root;
    }

    public void Set(int i, ReadOnlySpan<char> word, ReadOnlySpan<char> upos, ReadOnlySpan<char> xpos, Dictionary<ulong, ulong> ambiguity)
    {
        Word[i] = FeatureHash.Lower(word);
        Ambiguity[i] = ambiguity.TryGetValue(Word[i], out var amb) ? amb : None;
        Suffix[i] = FeatureHash.Lower(word[Math.Max(0, word.Length - 3)..]);
        Coarse[i] = FeatureHash.Text(upos);
        Fine[i] = FeatureHash.Text(xpos);
        var verb = upos is UposTags.Verb or UposTags.Aux ? 1 : 0;
        var punct = upos is UposTags.Punct ? 1 : 0;
        VerbsBefore[i + 1] = (i == 0 ? 0 : VerbsBefore[i]) + verb;
        PunctBefore[i + 1] = (i == 0 ? 0 : PunctBefore[i]) + punct;
    }

    /// <summary>Verbs and punctuation strictly between words a and b (a before b), capped.</summary>
    public ulong Between(int a, int b)
    {
        if (a < 0 || b < 0 || a >= N || b > N)
        {
            return None;
        }

        if (a > b)
        {
            (a, b) = (b, a);
        }

        var verbs = Math.Min(2, VerbsBefore[b] - VerbsBefore[a + 1]);
        var punct = Math.Min(2, PunctBefore[b] - PunctBefore[a + 1]);
        return FeatureHash.Of(100 + (verbs * 3) + punct);
    }

    public ulong W(int i) => i < 0 ? None : Word[i];

    public ulong P(int i) => i < 0 ? None : Fine[i];

    public ulong U(int i) => i < 0 ? None : Coarse[i];

    public ulong A(int i) => i < 0 ? None : Ambiguity[i];

    public ulong S(int i) => i < 0 ? None : Suffix[i];
}
