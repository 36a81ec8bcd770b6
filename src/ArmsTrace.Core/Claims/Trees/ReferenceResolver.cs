using System.Collections.Frozen;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Claims.Trees;

/// <summary>
/// Turns the token that fills a role into the names it stands for: the name covering it, names
/// coordinated with it, the head a relative pronoun refers to, and the earlier name a pronoun or
/// a short reference ("the group", "the ministry", lexicons/nominal-heads.txt) points back to.
/// </summary>
internal sealed class ReferenceResolver
{
    private static readonly EntityType[] ItTypes = [EntityType.Country, EntityType.Organization, EntityType.Group, EntityType.Facility, EntityType.Weapon];
    private static readonly EntityType[] TheyTypes = [EntityType.Group, EntityType.Organization, EntityType.Country, EntityType.Weapon];
    private static readonly EntityType[] PersonTypes = [EntityType.Person];

    private readonly FrozenDictionary<string, EntityType[]>.AlternateLookup<ReadOnlySpan<char>> _nominalHeads;

    public ReferenceResolver()
    {
        _nominalHeads = Lexicon.Table("nominal-heads.txt")
            .ToFrozenDictionary(p => p.Key, p => p.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EntityTypeNames.Parse).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static bool Accepts(SlotKind kind, Mention m) => kind switch
    {
        SlotKind.Party => m.Type is EntityType.Country or EntityType.Organization or EntityType.Group or EntityType.Person,
        SlotKind.Actor => m.Type is EntityType.Country or EntityType.Organization or EntityType.Group or EntityType.Person or EntityType.Facility,
        SlotKind.Weapon => m.Type == EntityType.Weapon,
        SlotKind.Place => m.Type is EntityType.Place or EntityType.Country or EntityType.Facility,
        SlotKind.Target => m.Type is not EntityType.Other,
        SlotKind.Person => m.Type == EntityType.Person,
        _ => false,
    };

    /// <summary>Adds the names <paramref name="t"/> and the words coordinated with it stand for.</summary>
    public void Resolve(DependencyTree tree, int t, SlotKind kind, List<Mention> into)
    {
        Add(into, ResolveOne(tree, t, kind, depth: 0));
        foreach (var c in tree.Children(t))
        {
            if (tree.Rel(c) == "conj")
            {
                Add(into, ResolveOne(tree, c, kind, depth: 0));
                foreach (var cc in tree.Children(c))
                {
                    if (tree.Rel(cc) == "conj")
                    {
                        Add(into, ResolveOne(tree, cc, kind, depth: 0));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Names listed after the last one found ("to Egypt, the UAE and Saudi Arabia"), read off the
    /// words because the parser often attaches later list members to the verb instead.
    /// </summary>
    public static void ExtendList(DependencyTree tree, SlotKind kind, List<Mention> into)
    {
        if (into.Count == 0)
        {
            return;
        }

        var last = into[^1];
        var t = last.EndToken;
        var sawConnector = false;
        while (tree.Contains(t))
        {
            var m = tree.MentionAt(t);
            if (m is null)
            {
                if (tree.WordIs(t, ",") || tree.WordIs(t, "and") || tree.WordIs(t, "or") || tree.WordIs(t, "the"))
                {
                    sawConnector |= !tree.WordIs(t, "the");
                    t++;
                    continue;
                }

                return;
            }

            if (!sawConnector || m.FirstToken != t || !Accepts(kind, m) || m.Kind == MentionKind.Demonym)
            {
                return;
            }

            Add(into, m);
            t = m.EndToken;
            sawConnector = false;
        }
    }

    private static void Add(List<Mention> into, Mention? m)
    {
        if (m is not null && !into.Contains(m))
        {
            into.Add(m);
        }
    }

    private Mention? ResolveOne(DependencyTree tree, int t, SlotKind kind, int depth)
    {
        if (t < 0 || depth > 3)
        {
            return null;
        }

        var m = tree.MentionAt(t);
        if (m is not null)
        {
            if (m.Type == EntityType.Place && kind is SlotKind.Party or SlotKind.Actor)
            {
                return IsCapital(tree, m) ? m : null;
            }

            // "a US drone killed", "Houthi drones struck": who flies the weapon is the party.
            if (m.Type == EntityType.Weapon && kind is SlotKind.Party or SlotKind.Actor)
            {
                return PartyModifier(tree, t, kind);
            }

            return Accepts(kind, m) && !IsModifierOnly(tree, m, t) ? m : null;
        }

        var upos = tree.Upos(t);
        if (upos is "PRON" or "DET")
        {
            if (PredicateArguments.IsRelativeWord(tree, t))
            {
                var clause = tree.Head(t);
                return clause >= 0 && tree.Rel(clause) == "acl:relcl" ? ResolveOne(tree, tree.Head(clause), kind, depth + 1) : null;
            }

            var types = PronounTypes(tree.Word(t));
            return types is null ? null : Antecedent(tree, t, types, kind);
        }

        if (upos == "NOUN" && HasDefiniteDeterminer(tree, t) && _nominalHeads.TryGetValue(tree.Lemma(t), out var nominalTypes))
        {
            return Antecedent(tree, t, nominalTypes, kind);
        }

        // "a US air strike", "Russian forces": a name modifying a common noun stands in for it
        // when the noun itself names no one.
        return upos is "NOUN" or "PROPN" && kind is SlotKind.Party or SlotKind.Actor ? PartyModifier(tree, t, kind) : null;
    }

    /// <summary>"we" in a quote: the speaker's country or organisation when the speaker is a known person.</summary>
    public static Mention? SpeakersSide(Mention speaker)
    {
        if (speaker.Type != EntityType.Person)
        {
            return speaker;
        }

        if (!speaker.Key.StartsWith("kb:", StringComparison.Ordinal) || KnowledgeBase.Default.Find(speaker.Key[3..]) is not { } person)
        {
            return null;
        }

        var side = person.Parent is { } parent ? KnowledgeBase.Default.Find(parent) : null;
        side ??= person.Country is { } country ? KnowledgeBase.Default.Find(country) : null;
        return side is null ? null : speaker with { Type = side.Type, Kind = MentionKind.Name, Key = side.Key, CanonicalName = side.Name, Entity = -1 };
    }

    private static Mention? PartyModifier(DependencyTree tree, int t, SlotKind kind)
    {
        foreach (var c in tree.Children(t))
        {
            if (tree.Rel(c) is "compound" or "amod" or "nmod:poss" && tree.MentionAt(c) is { } mod)
            {
                if (mod.Type == EntityType.Place ? IsCapital(tree, mod) : Accepts(kind, mod))
                {
                    return mod;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Moscow" may fill a party's slot: a place that a country lists as its metonym. The claim keeps
    /// the city here; <see cref="ClaimEndpointResolverStage"/> turns it into the country afterwards.
    /// </summary>
    private static bool IsCapital(DependencyTree tree, Mention place)
    {
        foreach (var n in Gazetteer.Default.MatchSingle(tree.Context.Clean.Value.AsSpan(place.Span.Start, place.Span.Length)))
        {
            if (n.Form == NameForm.Metonym && n.Entry.Type == EntityType.Country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A demonym covering an adjective ("Iranian drones") does not name the noun it modifies.</summary>
    private static bool IsModifierOnly(DependencyTree tree, Mention m, int t) =>
        m.Kind == MentionKind.Demonym && tree.Rel(t) is "amod" or "compound" && m.EndToken <= t + 1 && tree.MentionAt(tree.Head(t)) is not null;

    private static bool HasDefiniteDeterminer(DependencyTree tree, int t)
    {
        foreach (var c in tree.Children(t))
        {
            if (tree.Rel(c) == "det" && (tree.WordIs(c, "the") || tree.WordIs(c, "this") || tree.WordIs(c, "that")))
            {
                return true;
            }
        }

        return false;
    }

    private static EntityType[]? PronounTypes(ReadOnlySpan<char> word)
    {
        if (word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase))
        {
            return ItTypes;
        }

        if (word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("them", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase))
        {
            return TheyTypes;
        }

        if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase)
            || word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase))
        {
            return PersonTypes;
        }

        return null;
    }

    /// <summary>The nearest earlier name of a fitting type within the sentence and the two before it.</summary>
    private static Mention? Antecedent(DependencyTree tree, int t, EntityType[] types, SlotKind kind)
    {
        var mentions = tree.Context.Mentions;
        var start = tree.ContextStart;
        Mention? best = null;
        foreach (var m in mentions)
        {
            if (m.EndToken > t || m.FirstToken < start || m.Kind == MentionKind.Demonym || !types.Contains(m.Type) || !Accepts(kind, m))
            {
                continue;
            }

            if (best is null || m.FirstToken > best.FirstToken)
            {
                best = m;
            }
        }

        return best;
    }
}
