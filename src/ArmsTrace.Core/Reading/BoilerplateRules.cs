using System.Text.RegularExpressions;

namespace ArmsTrace.Core.Reading;

/// <summary>Line patterns that mark boilerplate, read from a lexicon file (one regex a line, # comments).</summary>
public sealed class BoilerplateRules
{
    private readonly Regex[] _patterns;

    public BoilerplateRules(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _patterns = [.. lines
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => new Regex(l, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))];
    }

    public static BoilerplateRules Default { get; } = new(ResourceFiles.ReadLines("lexicons/boilerplate.txt"));

    public bool Matches(ReadOnlySpan<char> line)
    {
        foreach (var p in _patterns)
        {
            if (p.IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }
}
