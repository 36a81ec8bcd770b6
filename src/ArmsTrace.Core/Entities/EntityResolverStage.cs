using System.Globalization;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Entities;

/// <summary>
/// Groups a document's mentions into entities by key. A lone unknown word that is the last
/// word of a fuller name in the same document ("Farahi" after "Mehdi Farahi") joins that name;
/// other lone unknown words are dropped as too uncertain.
/// </summary>
public sealed class EntityResolverStage : IPipelineStage
{
    public string Name => "resolver";

    public IReadOnlyList<Layer> Needs { get; } = [Layer.Mentions];

    public IReadOnlyList<Layer> Adds { get; } = [Layer.Entities];

    public void Run(AnalysisContext context)
    {
        var mentions = context.Mentions;
        var linked = new List<Mention>(mentions.Count);
        KbLinker.Default.Apply(context);
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Other || m.EndToken - m.FirstToken > 1 || m.Key.StartsWith("kb:", StringComparison.Ordinal))
            {
                linked.Add(m);
                continue;
            }

            var word = context.Clean.Slice(m.Span).ToString();
            var target = mentions.FirstOrDefault(o => o != m && o.Kind == MentionKind.Name
                && o.Type is EntityType.Person or EntityType.Organization
                && o.EndToken - o.FirstToken > 1
                && LastWord(o.CanonicalName).Equals(word, StringComparison.OrdinalIgnoreCase));
            if (target is not null)
            {
                linked.Add(m with { Type = target.Type, Key = target.Key, CanonicalName = target.CanonicalName, TypeGuessed = target.TypeGuessed });
            }
        }

        mentions.Clear();
        mentions.AddRange(linked);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!byKey.TryGetValue(m.Key, out var index))
            {
                index = context.Entities.Count;
                byKey.Add(m.Key, index);
                var id = "e" + (index + 1).ToString(CultureInfo.InvariantCulture);
                context.Entities.Add(new ResolvedEntity(id, m.Key, m.CanonicalName, m.Type));
            }

            m.Entity = index;
            context.Entities[index].Mentions.Add(i);
        }
    }

    private static ReadOnlySpan<char> LastWord(string name)
    {
        var space = name.LastIndexOf(' ');
        var last = space < 0 ? name.AsSpan() : name.AsSpan(space + 1);
        var hyphen = last.StartsWith("al-", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        return last[hyphen..];
    }
}
