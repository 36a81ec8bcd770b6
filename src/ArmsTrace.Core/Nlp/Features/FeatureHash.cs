namespace ArmsTrace.Core.Nlp.Features;

/// <summary>
/// 64-bit feature hashing. Features are never materialised as strings: a template id is mixed
/// with pre-hashed atoms (word, tag, suffix), so extracting a feature costs a few multiplications.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    public static ulong Text(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Mix(h ^ (ulong)text.Length);
    }

    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
        }

        return Mix(h ^ (ulong)text.Length);
    }

    public static ulong Of(int value) => Mix((ulong)(uint)value * Golden + 0x632BE59BD9B4E019UL);

    /// <summary>Combines a template id with one or more atoms; order matters.</summary>
    public static ulong F(int template, ulong a) => Mix(((ulong)template * Golden) ^ a);

    public static ulong F(int template, ulong a, ulong b) => Mix(F(template, a) ^ (b * FnvPrime));

    public static ulong F(int template, ulong a, ulong b, ulong c) => Mix(F(template, a, b) ^ (c * FnvPrime));

    public static ulong F(int template, ulong a, ulong b, ulong c, ulong d) => Mix(F(template, a, b, c) ^ (d * FnvPrime));

    /// <summary>SplitMix64 finaliser: spreads every input bit over the output.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
