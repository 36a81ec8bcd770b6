namespace ArmsTrace.Core.Matching;

/// <summary>Whether two short strings are at most one insertion, deletion or substitution apart.</summary>
internal static class EditDistance
{
    public static bool AtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var restA = a[prefix..];
        var restB = b[prefix..];
        return restA.Length == restB.Length
            ? restA[1..].SequenceEqual(restB[1..])
            : restA.Length > restB.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }
}
