using System.Globalization;

namespace ArmsTrace.Core.Origins;

/// <summary>
/// Hashes of a text's overlapping word n-grams. Words are runs of letters and digits, folded to
/// lower case, so punctuation, spacing and capitalisation changes between reprints do not count.
/// </summary>
internal static class Shingles
{
    public static HashSet<ulong> Hashes(string text, int words)
    {
        var tokens = Words(text);
        var hashes = new HashSet<ulong>();
        if (tokens.Count == 0)
        {
            return hashes;
        }

        // A text shorter than one shingle is still one shingle, so short notes can match their copies.
        var count = Math.Max(1, tokens.Count - words + 1);
        for (var i = 0; i < count; i++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var j = i; j < Math.Min(i + words, tokens.Count); j++)
            {
                h = TextSignature.Mix(h ^ tokens[j]);
            }

            hashes.Add(h);
        }

        return hashes;
    }

    private static List<ulong> Words(string text)
    {
        var tokens = new List<ulong>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            // FNV-1a over the folded characters of one word.
            var h = 0xcbf29ce484222325UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                h = (h ^ char.ToLower(text[i], CultureInfo.InvariantCulture)) * 0x100000001b3UL;
                i++;
            }

            tokens.Add(h);
        }

        return tokens;
    }
}
