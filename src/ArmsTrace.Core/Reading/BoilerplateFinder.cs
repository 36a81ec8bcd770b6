using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Reading;

/// <summary>
/// Finds boilerplate lines. Scraped pages break link texts onto lines of their own
/// ("Factset", ". Powered by"), so short fragments touching a boilerplate line join it; and
/// all-capitals lines are promotional headlines of other stories.
/// </summary>
internal static class BoilerplateFinder
{
    private const int FragmentMaxWords = 4;
    private const int HeadlineMinLetters = 12;

    public static IReadOnlyList<TextSpan> Find(string text, BoilerplateRules rules)
    {
        var lines = SplitLines(text);
        var flags = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].Length);
            flags[i] = rules.Matches(line) || IsShoutedHeadline(line);
        }

        Absorb(text, lines, flags);
        var spans = new List<TextSpan>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!flags[i])
            {
                continue;
            }

            var end = i + 1 < lines.Count ? lines[i + 1].Start : text.Length;
            if (spans.Count > 0 && spans[^1].End == lines[i].Start)
            {
                spans[^1] = spans[^1] with { End = end };
            }
            else
            {
                spans.Add(new TextSpan(lines[i].Start, end));
            }
        }

        return spans;
    }

    private static void Absorb(string text, List<TextSpan> lines, bool[] flags)
    {
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < lines.Count; i++)
            {
                if (flags[i] || !IsFragment(text.AsSpan(lines[i].Start, lines[i].Length)))
                {
                    continue;
                }

                if ((i > 0 && flags[i - 1]) || (i + 1 < lines.Count && flags[i + 1]))
                {
                    flags[i] = true;
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private static bool IsFragment(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty)
        {
            return true;
        }

        if (char.IsUpper(trimmed[0]) && trimmed[^1] is '.' or '!' or '?' && trimmed.Length > 1 && char.IsLetter(trimmed[^2]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in trimmed)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words <= FragmentMaxWords;
    }

    private static bool IsShoutedHeadline(ReadOnlySpan<char> line)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= HeadlineMinLetters && upper == letters;
    }

    private static List<TextSpan> SplitLines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(new TextSpan(start, i));
                start = i + 1;
            }
        }

        lines.Add(new TextSpan(start, text.Length));
        return lines;
    }
}
