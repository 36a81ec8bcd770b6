using System.Text;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Evaluation;

/// <summary>
/// The scorer's name folding: lower case, no accents, no punctuation, no possessive 's, no
/// leading determiner ("the", "its", "a").
/// </summary>
public static class EvalNames
{
    private static readonly string[] Determiners = ["the ", "its ", "a ", "an ", "their ", "his ", "her "];

    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var folded = NameNormalizer.Normalize(name).Replace("'s ", " ", StringComparison.Ordinal);
        if (folded.EndsWith("'s", StringComparison.Ordinal))
        {
            folded = folded[..^2];
        }

        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var result = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var d in Determiners)
            {
                if (result.StartsWith(d, StringComparison.Ordinal))
                {
                    result = result[d.Length..];
                    changed = true;
                }
            }
        }

        return result;
    }
}
