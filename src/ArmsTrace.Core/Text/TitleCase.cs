using System.Collections.Frozen;

namespace ArmsTrace.Core.Text;

/// <summary>
/// Whether a sentence is a title-cased headline ("US Sanctions Chinese Firms Over Iran Drone
/// Parts"), where capitals say nothing about names or parts of speech.
/// </summary>
internal static class TitleCase
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SmallWords =
        ResourceFiles.ReadLines("lexicons/headline-small-words.txt")
            .Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Is(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int words = 0, capitalised = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var shape = tokens[t].Shape;
            if (shape == TokenShape.Lower && !SmallWords.Contains(text.AsSpan(tokens[t].Start, tokens[t].Length)))
            {
                return false;
            }

            if (shape is TokenShape.Lower or TokenShape.Capitalized)
            {
                words++;
                capitalised += shape == TokenShape.Capitalized ? 1 : 0;
            }
        }

        return words >= 3 && capitalised * 10 >= words * 7;
    }
}
