using System.Collections.Frozen;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Claims.Trees;

/// <summary>The claim patterns of lexicons/claim-patterns.txt, looked up by trigger lemma and part of speech.</summary>
internal sealed class ClaimPatternSet
{
    private static readonly FrozenDictionary<string, ArgumentRole> RoleNames = Enum.GetValues<ArgumentRole>()
        .ToFrozenDictionary(r => r switch
        {
            ArgumentRole.IndirectObject => "iobj",
            ArgumentRole.Possessor => "poss",
            ArgumentRole.Modifier => "mod",
            _ => r.ToString().ToLowerInvariant(),
        }, StringComparer.Ordinal);

    private readonly FrozenDictionary<string, ClaimPattern[]>.AlternateLookup<ReadOnlySpan<char>> _verbs;
    private readonly FrozenDictionary<string, ClaimPattern[]>.AlternateLookup<ReadOnlySpan<char>> _nouns;

    public ClaimPatternSet(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var verbs = new Dictionary<string, List<ClaimPattern>>(StringComparer.OrdinalIgnoreCase);
        var nouns = new Dictionary<string, List<ClaimPattern>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length is < 5 or > 7)
            {
                throw new FormatException($"claim-patterns: expected type, pos, lemmas, two or three slots and an optional condition, got '{line}'");
            }

            var type = ClaimNames.ParseType(parts[0]) ?? throw new FormatException($"claim-patterns: unknown claim type '{parts[0]}'");
            var noun = parts[1] switch
            {
                "noun" => true,
                "verb" => false,
                _ => throw new FormatException($"claim-patterns: part of speech must be verb or noun, got '{parts[1]}'"),
            };
            var when = parts.Skip(3).Where(p => p.StartsWith("when=", StringComparison.Ordinal)).Select(ParseCondition).SingleOrDefault();
            var slots = parts.Skip(3).Where(p => !p.StartsWith("when=", StringComparison.Ordinal)).Select(ParseSlot).ToDictionary(s => s.Name, s => s.Slot, StringComparer.Ordinal);
            if (!slots.TryGetValue("subject", out var subject) || !slots.TryGetValue("object", out var obj))
            {
                throw new FormatException($"claim-patterns: a subject and an object slot are required in '{line}'");
            }

            var pattern = new ClaimPattern(type, noun, subject, obj, slots.GetValueOrDefault("item"), when);
            var map = noun ? nouns : verbs;
            foreach (var lemma in parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!map.TryGetValue(lemma, out var list))
                {
                    map[lemma] = list = [];
                }

                list.Add(pattern);
            }
        }

        _verbs = Freeze(verbs);
        _nouns = Freeze(nouns);
    }

    public static ClaimPatternSet Default { get; } = new(Lexicon.Lines("claim-patterns.txt"));

    public IReadOnlyList<ClaimPattern> Find(ReadOnlySpan<char> lemma, bool noun) =>
        (noun ? _nouns : _verbs).TryGetValue(lemma, out var p) ? p : [];

    private static FrozenDictionary<string, ClaimPattern[]>.AlternateLookup<ReadOnlySpan<char>> Freeze(Dictionary<string, List<ClaimPattern>> map) =>
        map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static PatternCondition ParseCondition(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= "when=".Length || colon == text.Length - 1)
        {
            throw new FormatException($"claim-patterns: a condition is when=role|role:lemma lemma..., got '{text}'");
        }

        return new PatternCondition(
            text["when=".Length..colon].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(ParseRole).ToFrozenSet(),
            text[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    private static ArgumentRole ParseRole(string name) =>
        RoleNames.TryGetValue(name, out var role) ? role : throw new FormatException($"claim-patterns: unknown role '{name}'");

    private static (string Name, PatternSlot Slot) ParseSlot(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var slash = text.LastIndexOf('/');
        if (eq <= 0 || slash < eq)
        {
            throw new FormatException($"claim-patterns: a slot is name=role|role/kind, got '{text}'");
        }

        var name = text[..eq];
        if (name is not ("subject" or "object" or "item"))
        {
            throw new FormatException($"claim-patterns: unknown slot '{name}'");
        }

        var roles = text[(eq + 1)..slash].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(ParseRole).ToArray();
        if (!Enum.TryParse<SlotKind>(text[(slash + 1)..], ignoreCase: true, out var kind))
        {
            throw new FormatException($"claim-patterns: unknown kind '{text[(slash + 1)..]}'");
        }

        return (name, new PatternSlot(roles, kind));
    }
}
