using System.Collections.Frozen;

namespace ArmsTrace.Core.Text;

/// <summary>
/// Rule-based tokenizer for news English. Keeps hyphenated names (Amir-Abdollahian, Shahed-136),
/// numbers with separators (7,000, 1.5), abbreviations (U.S., Maj.) and URLs whole; splits off
/// punctuation, currency signs and the clitics 's and n't.
/// </summary>
public sealed class Tokenizer
{
    private const int MaxTrailing = 16;

    private readonly FrozenSet<string> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbrevLookup;

    public Tokenizer(IEnumerable<string> abbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        _abbreviations = abbreviations.ToFrozenSet(StringComparer.Ordinal);
        _abbrevLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Tokenizer Default { get; } = new(ResourceFiles.ReadLines("lexicons/abbreviations.txt")
        .Where(l => !l.StartsWith('#'))
        .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    public bool IsAbbreviation(ReadOnlySpan<char> token) => _abbrevLookup.Contains(token);

    /// <summary>Appends the tokens of text[start..end) to <paramref name="tokens"/>.</summary>
    public void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var chunkEnd = i;
            while (chunkEnd < end && !char.IsWhiteSpace(text[chunkEnd]))
            {
                chunkEnd++;
            }

            SplitChunk(text, i, chunkEnd, tokens);
            i = chunkEnd;
        }
    }

    private void SplitChunk(string text, int start, int end, List<Token> tokens)
    {
        var chunk = text.AsSpan(start, end - start);
        if (IsUrl(chunk))
        {
            var trimmed = end;
            while (trimmed > start + 1 && text[trimmed - 1] is '.' or ',' or ')' or ';' or '"' or '”')
            {
                trimmed--;
            }

            tokens.Add(new Token(start, trimmed, TokenShape.Url));
            SplitChunk(text, trimmed, end, tokens);
            return;
        }

        // Trailing punctuation is peeled off right to left; a fixed buffer keeps this allocation-free.
        Span<Token> trailing = stackalloc Token[MaxTrailing];
        var trailingCount = 0;
        while (start < end)
        {
            var c = text[start];
            if (IsOpeningPunct(c) || c is '$' or '£' or '€' or '#')
            {
                var run = c == '*' ? RunLength(text, start, end, c) : 1;
                tokens.Add(new Token(start, start + run, c is '$' or '£' or '€' or '#' ? TokenShape.Symbol : TokenShape.Punctuation));
                start += run;
                continue;
            }

            break;
        }

        while (end > start && trailingCount < MaxTrailing)
        {
            var c = text[end - 1];
            if (c == '.' && end - start > 1)
            {
                var body = text.AsSpan(start, end - start);
                if (IsAbbreviation(body) || IsInitial(body) || IsDottedAcronym(body))
                {
                    break;
                }
            }

            if (IsClosingPunct(c) || c is '.' or '%' or '*')
            {
                // Runs such as "...", "!!" and "***" are one token, as in the treebank.
                var run = c is '.' or '!' or '?' or '*' ? RunLengthBack(text, start, end, c) : 1;
                trailing[trailingCount++] = new Token(end - run, end, c == '%' ? TokenShape.Symbol : TokenShape.Punctuation);
                end -= run;
                continue;
            }

            break;
        }

        if (end > start)
        {
            SplitInner(text, start, end, tokens);
        }

        for (var k = trailingCount - 1; k >= 0; k--)
        {
            tokens.Add(trailing[k]);
        }
    }

    private static int RunLength(string text, int start, int end, char c)
    {
        var i = start;
        while (i < end && text[i] == c)
        {
            i++;
        }

        return i - start;
    }

    /// <summary>Length of the run of <paramref name="c"/> that ends at <paramref name="end"/>.</summary>
    private static int RunLengthBack(string text, int start, int end, char c)
    {
        var i = end;
        while (i > start && text[i - 1] == c)
        {
            i--;
        }

        return end - i;
    }

    private static void SplitInner(string text, int start, int end, List<Token> tokens)
    {
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '\'' or '’' && i > start)
            {
                var rest = text.AsSpan(i + 1, end - i - 1);
                if (IsClitic(rest) || rest.IsEmpty && text[i - 1] is 's' or 'S')
                {
                    AddWord(text, pieceStart, i, tokens);
                    tokens.Add(new Token(i, end, TokenShape.Lower));
                    return;
                }
            }

            if (c is 'n' or 'N' && i > start && i + 3 == end && text[i + 1] is '\'' or '’' && text[i + 2] is 't' or 'T')
            {
                AddWord(text, pieceStart, i, tokens);
                tokens.Add(new Token(i, end, TokenShape.Lower));
                return;
            }

            if ((IsSplitInside(c) && !(c is ',' or '.' or ':' && IsDigitAround(text, i, start, end))) || (c == '/' && IsLetterAround(text, i, start, end)))
            {
                AddWord(text, pieceStart, i, tokens);
                tokens.Add(new Token(i, i + 1, char.IsPunctuation(c) ? TokenShape.Punctuation : TokenShape.Symbol));
                pieceStart = i + 1;
            }
        }

        AddWord(text, pieceStart, end, tokens);
    }

    /// <summary>'s, 'm, 've, 're, 'll and 'd are words of their own in the treebank (I'm = I + 'm).</summary>
    private static bool IsClitic(ReadOnlySpan<char> rest) =>
        rest.Equals("s", StringComparison.OrdinalIgnoreCase)
        || rest.Equals("m", StringComparison.OrdinalIgnoreCase)
        || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
        || rest.Equals("ve", StringComparison.OrdinalIgnoreCase)
        || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
        || rest.Equals("ll", StringComparison.OrdinalIgnoreCase);

    /// <summary>A slash between words (and/or) separates them; in 1/2 or b/c it stays.</summary>
    private static bool IsLetterAround(string text, int i, int start, int end) =>
        i > start + 1 && i + 2 < end && char.IsLetter(text[i - 2]) && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]) && char.IsLetter(text[i + 2]);

    private static bool IsDigitAround(string text, int i, int start, int end) =>
        i > start && i + 1 < end && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    private static bool IsSplitInside(char c) =>
        c is ',' or ';' or '"' or '“' or '”' or '(' or ')' or '[' or ']' or '…' or '—' or '–' or '?' or '!' or '«' or '»' or ':';

    private static void AddWord(string text, int start, int end, List<Token> tokens)
    {
        if (end > start)
        {
            tokens.Add(new Token(start, end, ShapeOf(text.AsSpan(start, end - start))));
        }
    }

    public static TokenShape ShapeOf(ReadOnlySpan<char> s)
    {
        int upper = 0, lower = 0, digits = 0, letters = 0;
        foreach (var c in s)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else
                {
                    lower++;
                }
            }
        }

        if (letters == 0)
        {
            return digits > 0 ? TokenShape.Number : char.IsPunctuation(s[0]) ? TokenShape.Punctuation : TokenShape.Symbol;
        }

        if (digits > 0 && letters == 0)
        {
            return TokenShape.Number;
        }

        if (upper == 0)
        {
            return TokenShape.Lower;
        }

        if (lower == 0)
        {
            return upper > 1 ? TokenShape.AllCaps : TokenShape.Capitalized;
        }

        return char.IsUpper(s[0]) && upper == 1 ? TokenShape.Capitalized : char.IsUpper(s[0]) ? TokenShape.Mixed : TokenShape.Mixed;
    }

    private static bool IsOpeningPunct(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '{' or '«' or '—' or '–' or '-' or '*' or '•';

    private static bool IsClosingPunct(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '}' or '»' or ',' or ';' or ':' or '?' or '!' or '…' or '—' or '–';

    private static bool IsInitial(ReadOnlySpan<char> body) => body.Length == 2 && char.IsUpper(body[0]);

    private static bool IsDottedAcronym(ReadOnlySpan<char> body)
    {
        if (body.Length < 4)
        {
            return false;
        }

        for (var i = 0; i < body.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(body[i]) : body[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUrl(ReadOnlySpan<char> chunk) =>
        chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
