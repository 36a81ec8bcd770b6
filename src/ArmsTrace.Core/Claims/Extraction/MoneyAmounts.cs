using System.Collections.Frozen;
using System.Globalization;
using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Claims.Extraction;

/// <summary>
/// The first sum of money in a sentence, normalised: "$1.5 billion" is 1500000000 USD, "US$20
/// million" 20000000 USD, "300 million euros" 300000000 EUR (lexicons/currencies.txt).
/// </summary>
internal sealed class MoneyAmounts
{
    private static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["mn"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, string> _currencies = Lexicon.Table("currencies.txt");

    public ClaimQuantity? Find(SentenceScope s)
    {
        for (var t = s.Sentence.FirstToken; t < s.Sentence.EndToken; t++)
        {
            var word = s.Word(t).ToString();
            string? code;
            int numberToken;
            string digits;
            if (_currencies.TryGetValue(word, out code) && t + 1 < s.Sentence.EndToken && IsNumber(s.Word(t + 1)))
            {
                numberToken = t + 1;
                digits = s.Word(t + 1).ToString();
            }
            else if (JoinedSymbol(word) is { } joined)
            {
                (code, digits) = joined;
                numberToken = t;
            }
            else if (IsNumber(word) && AfterNumber(s, t) is { } after)
            {
                (code, var end) = after;
                return Amount(s, t, end, word, code);
            }
            else
            {
                continue;
            }

            var last = numberToken + (numberToken + 1 < s.Sentence.EndToken && Scales.ContainsKey(s.Word(numberToken + 1).ToString()) ? 1 : 0);
            return Amount(s, t, last + 1, digits, code);
        }

        return null;
    }

    private (string Code, string Digits)? JoinedSymbol(string word)
    {
        foreach (var (symbol, code) in _currencies)
        {
            if (word.Length > symbol.Length && word.StartsWith(symbol, StringComparison.OrdinalIgnoreCase) && IsNumber(word.AsSpan(symbol.Length)))
            {
                return (code, word[symbol.Length..]);
            }
        }

        return null;
    }

    /// <summary>"300 million euros": the scale and currency word after a number; the currency code and the end token.</summary>
    private (string Code, int End)? AfterNumber(SentenceScope s, int number)
    {
        var k = number + 1;
        if (k < s.Sentence.EndToken && Scales.ContainsKey(s.Word(k).ToString()))
        {
            k++;
        }

        return k < s.Sentence.EndToken && _currencies.TryGetValue(s.Word(k).ToString(), out var code) && char.IsLetter(s.Word(k)[0]) ? (code, k + 1) : null;
    }

    private static ClaimQuantity? Amount(SentenceScope s, int first, int end, string digits, string code)
    {
        if (!decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        for (var k = first; k < end; k++)
        {
            if (Scales.TryGetValue(s.Word(k).ToString(), out var scale))
            {
                value *= scale;
            }
        }

        // Dividing by a one with trailing zeros drops the scale decimal keeps: 1500000000, not 1500000000.0.
        var span = s.Context.Tokens[first].Start..s.Context.Tokens[end - 1].End;
        return new ClaimQuantity(value / 1.000000000000000000000000000000000m, code, s.Context.Clean.Value[span]);
    }

    private static bool IsNumber(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsDigit(word[0]) && decimal.TryParse(word, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
