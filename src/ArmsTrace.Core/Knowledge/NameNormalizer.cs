using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ArmsTrace.Core.Knowledge;

/// <summary>Case, accents, apostrophes and spacing folded so that spellings compare equal.</summary>
public static class NameNormalizer
{
    private static readonly FrozenDictionary<char, char> LetterFolds = Lexicon.Lines("letter-folds.txt")
        .Select(l => l.Split(' ', 2))
        .Where(p => p.Length == 2 && p[0].Length == 1)
        .SelectMany(p => p[1].Trim().Select(c => (Accented: c, Plain: p[0][0])))
        .DistinctBy(p => p.Accented)
        .ToFrozenDictionary(p => p.Accented, p => p.Plain);

    public static string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = Normalize(text, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the folded form into <paramref name="destination"/> (at least as long as the input) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        var lastSpace = true;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (c == '\0')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastSpace)
                {
                    destination[n++] = ' ';
                    lastSpace = true;
                }

                continue;
            }

            destination[n++] = c;
            lastSpace = false;
        }

        if (n > 0 && destination[n - 1] == ' ')
        {
            n--;
        }

        return n;
    }

    private static char Fold(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        switch (c)
        {
            case '’' or '‘' or 'ʼ' or 'ʻ' or '`' or '´':
                return '\'';
            case '“' or '”':
                return '"';
            case '–' or '—' or '‐' or '‑':
                return '-';
            case '\u00A0':
                return ' ';
            case 'ʿ' or 'ʾ':
                return '\'';
        }

        if (LetterFolds.TryGetValue(char.ToLowerInvariant(c), out var plain))
        {
            return plain;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(d);
            }
        }

        return '\0';
    }
}
