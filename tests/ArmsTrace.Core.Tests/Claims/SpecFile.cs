namespace ArmsTrace.Core.Tests.Claims;

/// <summary>
/// Reads Specs/Claims/*.spec: blocks separated by blank lines, each an optional "@published"
/// line, "> text" lines and "type Subject -> Object | key=value" lines. Every expected claim must
/// be found, except those marked "| miss=why": a known miss, named line by line. A line
/// "not type Subject -> Object" names a claim the text must not yield.
/// </summary>
internal static class SpecFile
{
    public static List<ClaimSpec> Read(string path)
    {
        var specs = new List<ClaimSpec>();
        var lines = File.ReadAllLines(path);
        string? published = null;
        var text = new List<string>();
        var expected = new List<ExpectedClaim>();
        var start = 0;

        void Flush()
        {
            if (text.Count > 0)
            {
                specs.Add(new ClaimSpec(Path.GetFileName(path), start, string.Join(' ', text), published, [.. expected]));
            }

            text.Clear();
            expected.Clear();
            published = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith("@floor", StringComparison.Ordinal))
            {
                throw new FormatException($"{path}:{i + 1}: a spec's floor is 1.00; mark known misses with '| miss=why' instead of '@floor'");
            }
            else if (line.StartsWith("@published", StringComparison.Ordinal))
            {
                published = line[10..].Trim();
            }
            else if (line.StartsWith('>'))
            {
                if (text.Count == 0)
                {
                    start = i + 1;
                }

                text.Add(line[1..].Trim());
            }
            else if (!line.StartsWith('#'))
            {
                expected.Add(ParseClaim(line, path, i + 1));
            }
        }

        Flush();
        return specs;
    }

    private static ExpectedClaim ParseClaim(string line, string path, int number)
    {
        var absent = line.StartsWith("not ", StringComparison.Ordinal);
        if (absent)
        {
            line = line[4..];
        }

        var parts = line.Split('|');
        var head = parts[0].Trim();
        var space = head.IndexOf(' ', StringComparison.Ordinal);
        var arrow = head.IndexOf("->", StringComparison.Ordinal);
        if (space < 0 || arrow < 0)
        {
            throw new FormatException($"{path}:{number}: expected 'type Subject -> Object', got '{line}'");
        }

        var fields = parts.Skip(1)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        if (absent && fields.ContainsKey("miss"))
        {
            throw new FormatException($"{path}:{number}: a claim that must not be found cannot be a known miss");
        }

        return new ExpectedClaim(head[..space], head[(space + 1)..arrow].Trim(), head[(arrow + 2)..].Trim(), fields, absent);
    }
}
