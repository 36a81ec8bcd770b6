using System.Collections.Frozen;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Matching;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Entities.Recognition;

/// <summary>
/// Ties a document's names to the knowledge base beyond verbatim aliases. A known surname with
/// given names in front ("Mojtaba Khamenei", "Mohammed Baqer Qalibaf") is read as the whole
/// name: it stays with the entry only when the whole name matches the entry, so another person
/// sharing a surname never joins it. A name the gazetteer did not know is linked to the entry it
/// is a spelling of ("Esmaeel Qaani" to Esmail Ghaani) when the matcher is sure and types agree;
/// names of one word never are.
/// </summary>
internal sealed class KbLinkerStage : IPipelineStage
{
    private const double LinkScore = 0.9;
    private const int MaxGivenNames = 3;

    private readonly ScreeningIndex _index;
    private readonly KnowledgeBase _kb;
    private readonly FrozenSet<string> _titles = Lexicon.Words("titles.txt");
    private readonly FrozenSet<string> _stopwords = Lexicon.Words("name-stopwords.txt");

    public KbLinkerStage(KnowledgeBase knowledgeBase)
    {
        _kb = knowledgeBase ?? throw new ArgumentNullException(nameof(knowledgeBase));
        _index = new ScreeningIndex(_kb.Entries
            .Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.Group or EntityType.Facility)
            .Select(e => new ScreenEntry(e.Key, e.Name, e.Aliases, e.Type, e.Country, null, "kb")));
    }

    public string Name => "kb-linker";

    public IReadOnlyList<Layer> Needs { get; } = [Layer.Tokens, Layer.Mentions];

    public IReadOnlyList<Layer> Adds => [];

    public IReadOnlyList<Layer> Amends { get; } = [Layer.Mentions];

    /// <summary>Rewrites the context's mentions in place; runs before mentions are grouped into entities.</summary>
    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentions = context.Mentions;
        var covered = new Dictionary<int, int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            for (var t = mentions[i].FirstToken; t < mentions[i].EndToken; t++)
            {
                covered.TryAdd(t, i);
            }
        }

        var absorbed = new HashSet<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (WithGivenNames(context, mentions[i], covered, absorbed) is { } whole)
            {
                mentions[i] = whole;
            }
        }

        var kept = new List<Mention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!absorbed.Contains(i))
            {
                kept.Add(Link(mentions[i], context.Clean.Slice(mentions[i].Span), context.Scratch.Get<ScreeningScratch>()));
            }
        }

        mentions.Clear();
        mentions.AddRange(kept);
        ApplyDefinedAcronyms(context);
    }

    /// <summary>
    /// "Kavir Propulsion Research Centre (KPRC)": the acronym in brackets names the same thing as
    /// the name before it, everywhere in the document. When one side is known the other takes its
    /// key, provided the name really expands the acronym or matches the known entry (so a wrong
    /// expansion such as "International Revolutionary Guard Corps (IRGC)" still joins the IRGC).
    /// </summary>
    private void ApplyDefinedAcronyms(AnalysisContext context)
    {
        var mentions = context.Mentions;
        var byToken = new Dictionary<int, int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            byToken.TryAdd(mentions[i].FirstToken, i);
        }

        var rename = new Dictionary<string, Mention>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var full = mentions[i];
            var open = full.EndToken;
            if (full.EndToken - full.FirstToken < 2 || open + 2 >= context.Tokens.Count
                || !context.TokenText(open).SequenceEqual("(")
                || !byToken.TryGetValue(open + 1, out var a) || mentions[a].EndToken >= context.Tokens.Count
                || !context.TokenText(mentions[a].EndToken).SequenceEqual(")"))
            {
                continue;
            }

            var acronym = mentions[a];
            var letters = context.Clean.Slice(acronym.Span).ToString();
            var fullText = context.Clean.Slice(full.Span).ToString();
            var fullKnown = EntityKey.IsKnowledgeBase(full.Key);
            var acronymKnown = EntityKey.IsKnowledgeBase(acronym.Key);
            if (fullKnown == acronymKnown && full.Key == acronym.Key)
            {
                continue;
            }

            if (acronymKnown && !fullKnown && _kb.FindByKey(acronym.Key) is { } entry
                && entry.Aliases.Prepend(entry.Name).Any(n => NameMatcher.Compare(fullText, n).IsMatch))
            {
                rename[full.Key] = acronym;
            }
            else if (!acronymKnown && (PreparedName.From(fullText).HasAcronym(NameNormalizer.Normalize(letters)) || IsShortForm(letters, fullText)))
            {
                rename[acronym.Key] = full;
            }
        }

        if (rename.Count == 0)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (rename.TryGetValue(mentions[i].Key, out var target))
            {
                mentions[i] = mentions[i] with { Key = target.Key, CanonicalName = target.CanonicalName, Type = target.Type };
            }
        }
    }

    /// <summary>"Hongkong Himark Electron Model Limited (Hongkong Himark)": the bracket holds the name's first words.</summary>
    private static bool IsShortForm(string shortName, string fullName) =>
        shortName.Contains(' ', StringComparison.Ordinal) && fullName.Length > shortName.Length
        && fullName.StartsWith(shortName + " ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The mention re-keyed to its knowledge-base entry, or the mention itself.</summary>
    private Mention Link(Mention mention, ReadOnlySpan<char> text, ScreeningScratch scratch)
    {
        if (!EntityKey.IsName(mention.Key) || mention.Kind != MentionKind.Name || mention.EndToken - mention.FirstToken < 2)
        {
            return mention;
        }

        var name = text.ToString();
        if (PreparedName.From(name).Words.Count < 2)
        {
            return mention;
        }

        var type = mention.Type == EntityType.Other ? (EntityType?)null : mention.Type;
        var hits = _index.Screen(name, scratch, new MatchFacts(type), 2, LinkScore);
        if (hits.Count == 0 || (hits.Count > 1 && hits[1].Score >= hits[0].Score) || PreparedName.From(hits[0].MatchedName).Words.Count < 2)
        {
            return mention;
        }

        var entry = hits[0].Entry;
        return mention with { Key = entry.Id, CanonicalName = entry.Name, Type = entry.Type ?? mention.Type };
    }

    /// <summary>A one-word known person preceded by capitalised words that are no title and no other known name.</summary>
    private Mention? WithGivenNames(AnalysisContext context, Mention m, Dictionary<int, int> covered, HashSet<int> absorbed)
    {
        if (m.Type != EntityType.Person || m.EndToken - m.FirstToken != 1 || !EntityKey.IsKnowledgeBase(m.Key))
        {
            return null;
        }

        var first = m.FirstToken;
        var swallowed = new List<int>();
        while (first > 0 && m.FirstToken - first < MaxGivenNames)
        {
            var t = first - 1;
            var word = context.TokenText(t).ToString();
            if (context.Tokens[t].Shape != TokenShape.Capitalized || _titles.Contains(word) || _stopwords.Contains(word) || word.Length < 2)
            {
                break;
            }

            if (covered.TryGetValue(t, out var other))
            {
                var o = context.Mentions[other];
                if (!EntityKey.IsName(o.Key) || o.EndToken != t + 1 || m.FirstToken - o.FirstToken > MaxGivenNames)
                {
                    break;
                }

                swallowed.Add(other);
                first = o.FirstToken;
                continue;
            }

            first = t;
        }

        if (first == m.FirstToken || _kb.FindByKey(m.Key) is not { } entry)
        {
            return null;
        }

        var span = new TextSpan(context.Tokens[first].Start, m.Span.End);
        var whole = context.Clean.Slice(span).ToString();
        var match = entry.Aliases.Prepend(entry.Name).Select(n => NameMatcher.Compare(whole, n, new MatchFacts(EntityType.Person), new MatchFacts(EntityType.Person)).Score).Max();
        absorbed.UnionWith(swallowed);
        return match >= NameMatch.Threshold
            ? m with { Span = span, FirstToken = first }
            : m with { Span = span, FirstToken = first, Key = EntityKey.ForName(NameNormalizer.Normalize(whole)), CanonicalName = whole };
    }
}
