namespace ArmsTrace.Core.Nlp.Features;

/// <summary>
/// Hashes of the spelling-based atoms of one word, computed once per token so every template
/// that mentions the word reuses them.
/// </summary>
internal struct WordAtoms
{
    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong ShortShape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Prefix4;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public ulong Flags;
    public int Length;
    public bool InitialCap;
    public bool AllCaps;
    public bool HasDigit;
    public bool HasHyphen;

    public static WordAtoms Compute(ReadOnlySpan<char> word)
    {
        var a = default(WordAtoms);
        a.Word = FeatureHash.Text(word);
        a.Lower = FeatureHash.Lower(word);
        a.Length = word.Length;
        Span<char> shape = stackalloc char[Math.Min(word.Length, 24)];
        Span<char> shortShape = stackalloc char[shape.Length];
        var n = 0;
        var sn = 0;
        var run = 0;
        var upper = 0;
        var letters = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            char s;
            if (char.IsUpper(c))
            {
                s = 'X';
                upper++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                s = 'x';
                letters++;
            }
            else if (char.IsDigit(c))
            {
                s = 'd';
                a.HasDigit = true;
            }
            else
            {
                s = c;
                if (c == '-')
                {
                    a.HasHyphen = true;
                }
            }

            run = n > 0 && shape[n - 1] == s ? run + 1 : 1;
            if (run <= 3 && n < shape.Length)
            {
                shape[n++] = s;
            }

            if ((sn == 0 || shortShape[sn - 1] != s) && sn < shortShape.Length)
            {
                shortShape[sn++] = s;
            }
        }

        a.Shape = FeatureHash.Text(shape[..n]);
        a.ShortShape = FeatureHash.Text(shortShape[..sn]);
        a.InitialCap = word.Length > 0 && char.IsUpper(word[0]);
        a.AllCaps = letters > 0 && upper == letters;
        a.Prefix1 = FeatureHash.Lower(word[..Math.Min(1, word.Length)]);
        a.Prefix2 = FeatureHash.Lower(word[..Math.Min(2, word.Length)]);
        a.Prefix3 = FeatureHash.Lower(word[..Math.Min(3, word.Length)]);
        a.Prefix4 = FeatureHash.Lower(word[..Math.Min(4, word.Length)]);
        a.Suffix1 = FeatureHash.Lower(word[Math.Max(0, word.Length - 1)..]);
        a.Suffix2 = FeatureHash.Lower(word[Math.Max(0, word.Length - 2)..]);
        a.Suffix3 = FeatureHash.Lower(word[Math.Max(0, word.Length - 3)..]);
        a.Suffix4 = FeatureHash.Lower(word[Math.Max(0, word.Length - 4)..]);
        a.Flags = FeatureHash.Of((a.InitialCap ? 1 : 0) | (a.AllCaps ? 2 : 0) | (a.HasDigit ? 4 : 0) | (a.HasHyphen ? 8 : 0));
        return a;
    }
}
