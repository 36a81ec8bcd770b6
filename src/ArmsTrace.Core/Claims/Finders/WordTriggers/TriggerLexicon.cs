using System.Collections.Frozen;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Claims.Finders.WordTriggers;

/// <summary>Word forms that signal a claim, read from lexicons/triggers.txt.</summary>
public sealed class TriggerLexicon
{
    private readonly FrozenDictionary<string, Trigger[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TriggerLexicon(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var map = new Dictionary<string, List<Trigger>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 3)
            {
                throw new FormatException($"triggers: expected type<TAB>frame<TAB>words, got '{line}'");
            }

            var type = ClaimNames.ParseType(parts[0]) ?? throw new FormatException($"triggers: unknown claim type '{parts[0]}'");
            var frame = Enum.Parse<TriggerFrame>(parts[1], ignoreCase: true);
            foreach (var word in parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!map.TryGetValue(word, out var list))
                {
                    map[word] = list = [];
                }

                list.Add(new Trigger(type, frame));
            }
        }

        _lookup = map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TriggerLexicon Default { get; } = new(Lexicon.Lines("triggers.txt"));

    public IReadOnlyList<Trigger> Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var t) ? t : [];
}
