using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Entities.Recognition;

/// <summary>
/// A lone unknown word that is the last word of a fuller name in the same document ("Farahi" after
/// "Mehdi Farahi") becomes a mention of that name; other lone unknown words are dropped as too uncertain.
/// </summary>
public sealed class LoneWordStage : IPipelineStage
{
    public string Name => "lone-words";

    public IReadOnlyList<Layer> Needs { get; } = [Layer.Mentions];

    public IReadOnlyList<Layer> Adds => [];

    public IReadOnlyList<Layer> Amends { get; } = [Layer.Mentions];

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentions = context.Mentions;
        var kept = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Other || m.EndToken - m.FirstToken > 1 || EntityKey.IsKnowledgeBase(m.Key))
            {
                kept.Add(m);
                continue;
            }

            var word = context.Clean.Slice(m.Span).ToString();
            var target = mentions.FirstOrDefault(o => o != m && o.Kind == MentionKind.Name
                && o.Type is EntityType.Person or EntityType.Organization
                && o.EndToken - o.FirstToken > 1
                && LastWord(o.CanonicalName).Equals(word, StringComparison.OrdinalIgnoreCase));
            if (target is not null)
            {
                kept.Add(m with { Type = target.Type, Key = target.Key, CanonicalName = target.CanonicalName, TypeGuessed = target.TypeGuessed });
            }
        }

        mentions.Clear();
        mentions.AddRange(kept);
    }

    private static ReadOnlySpan<char> LastWord(string name)
    {
        var space = name.LastIndexOf(' ');
        var last = space < 0 ? name.AsSpan() : name.AsSpan(space + 1);
        var hyphen = last.StartsWith("al-", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        return last[hyphen..];
    }
}
