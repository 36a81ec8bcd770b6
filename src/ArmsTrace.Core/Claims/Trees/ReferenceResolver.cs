using System.Collections.Frozen;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StateNouns = Lexicon.Table("nominal-heads.txt")
        .Where(p => p.Value.Split(' ').Contains("country"))
        .Select(p => p.Key)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NationalityNouns =
        Lexicon.Words("nationality-nouns.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArmedForces =
        Lexicon.Words("armed-forces.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnnamedSpeakers =
        Lexicon.Words("unnamed-speakers.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IndependentSpeakers =
        Lexicon.Words("independent-speakers.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<string, EntityType[]>.AlternateLookup<ReadOnlySpan<char>> _nominalHeads;
    private readonly DescriptivePhrase _phrases = new();

    public ReferenceResolver()
    {
        _nominalHeads = Lexicon.Table("nominal-heads.txt")
            .ToFrozenDictionary(p => p.Key, p => p.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EntityTypeNames.Parse).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static bool Accepts(SlotKind kind, Mention m) => kind switch
    {
        SlotKind.Party => EntityKinds.IsParty(m.Type),
        SlotKind.Actor => EntityKinds.IsActor(m.Type),
        SlotKind.Weapon => m.Type == EntityType.Weapon,
        SlotKind.Place => m.Type is EntityType.Place or EntityType.Country or EntityType.Facility,
        SlotKind.Target => m.Type is not EntityType.Other,
        SlotKind.Person => m.Type == EntityType.Person,
        SlotKind.Client => EntityKinds.IsClient(m.Type),
        _ => false,
    };

    /// <summary>Adds the names <paramref name="t"/> and the words coordinated with it stand for.</summary>
    public void Resolve(DependencyTree tree, int t, SlotKind kind, List<Mention> into)
    {
        Add(into, ResolveOne(tree, t, kind, depth: 0));
        AddExamples(tree, t, kind, into);
        foreach (var c in tree.Children(t))
        {
            if (tree.Rel(c) == Relations.Conj)
            {
                Add(into, ResolveOne(tree, c, kind, depth: 0));
                foreach (var cc in tree.Children(c))
                {
                    if (tree.Rel(cc) == Relations.Conj)
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
        var sawAnd = false;
        while (tree.Contains(t))
        {
            var m = tree.MentionAt(t);
            if (m is null)
            {
                if (tree.WordIs(t, ",") || tree.WordIs(t, "and") || tree.WordIs(t, "or") || tree.WordIs(t, "the"))
                {
                    sawConnector |= !tree.WordIs(t, "the");
                    sawAnd |= tree.WordIs(t, "and") || tree.WordIs(t, "or");
                    t++;
                    continue;
                }

                return;
            }

            // "Provided By China, US Reveals": a name after a bare comma and before a verb is the
            // next clause's subject ("France, and Germany had" still closes the list); so is one
            // before a title or a person's name ("to Russia, European Commission President X said").
            if (!sawConnector || m.FirstToken != t || !Accepts(kind, m) || m.Kind == MentionKind.Demonym
                || (!sawAnd && (tree.Upos(m.EndToken) is UposTags.Verb or UposTags.Aux || (tree.Contains(m.EndToken) && ReportingVerbs.Forms.ContainsKey(tree.Word(m.EndToken)))))
                || (!sawAnd && tree.Contains(m.EndToken) && (tree.MentionAt(m.EndToken) is { Type: EntityType.Person } || tree.Upos(m.EndToken) == UposTags.Propn && tree.MentionAt(m.EndToken) is null)))
            {
                return;
            }

            Add(into, m);
            t = m.EndToken;
            sawConnector = false;
        }
    }

    /// <summary>
    /// "officials in Tehran including X, Y and Z", "groups such as X and Y": the names a noun gives
    /// as examples, read off the words because the parser rarely keeps such lists together. Each
    /// comma- or "and"-separated part gives at most its first name (the rest is apposition), and a
    /// verb ends the list.
    /// </summary>
    private static void AddExamples(DependencyTree tree, int t, SlotKind kind, List<Mention> into)
    {
        var end = tree.Sentence.EndToken;
        var start = -1;
        for (var i = t + 1; i < Math.Min(end, t + 6); i++)
        {
            if (tree.WordIs(i, "including"))
            {
                start = i + 1;
                break;
            }

            if (tree.WordIs(i, "such") && i + 1 < end && tree.WordIs(i + 1, "as"))
            {
                start = i + 2;
                break;
            }

            if (tree.Upos(i) is UposTags.Verb or UposTags.Aux || tree.WordIs(i, ".") || tree.WordIs(i, ";"))
            {
                return;
            }
        }

        var taken = false;
        for (var k = start; k >= 0 && k < end;)
        {
            if (tree.WordIs(k, ",") || tree.WordIs(k, "and") || tree.WordIs(k, "or") || tree.WordIs(k, "as") || tree.WordIs(k, "well"))
            {
                taken = false;
                k++;
                continue;
            }

            if (tree.WordIs(k, ".") || tree.WordIs(k, ";") || tree.WordIs(k, ")") || tree.Upos(k) is UposTags.Verb or UposTags.Aux)
            {
                return;
            }

            var m = tree.MentionAt(k);
            if (m is null)
            {
                k++;
                continue;
            }

            // "the Houthi forces" names the group; "the Lebanese Hezbollah" does not name Lebanon.
            if (!taken && (m.Kind != MentionKind.Demonym || EntityKinds.IsBody(m.Type)) && Accepts(kind, m))
            {
                Add(into, m);
                taken = true;
            }

            k = Math.Max(k + 1, m.EndToken);
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

        // "Kataib Hezbollah, an Iraqi militia backed by Tehran": the name the description is of.
        if (m is { Kind: MentionKind.Nominal } && tree.Rel(t) == Relations.Appos && tree.MentionAt(tree.Head(t)) is { Kind: MentionKind.Name } described && Accepts(kind, described))
        {
            return described;
        }

        // "its Lebanese proxy, Hezbollah": the name set off after the description.
        if (m is { Kind: MentionKind.Nominal })
        {
            foreach (var c in tree.Children(t))
            {
                if (tree.Rel(c) == Relations.Appos && tree.MentionAt(c) is { Kind: MentionKind.Name } named && Accepts(kind, named))
                {
                    return named;
                }
            }
        }

        if (m is not null)
        {
            // "the militia", after the article has named one: the name it stands for.
            if (m.Kind == MentionKind.Nominal && m.EndToken == t + 1 && tree.Xpos(t) == XposTags.Nn && DefiniteReferent(tree, t, kind) is { Kind: MentionKind.Name } referent)
            {
                return referent;
            }

            if (m.Type == EntityType.Place && kind is SlotKind.Party or SlotKind.Actor)
            {
                return IsCapital(tree, m) ? m : null;
            }

            // "a US drone killed", "Houthi drones struck": who flies the weapon is the party.
            if (m.Type == EntityType.Weapon && kind is SlotKind.Party or SlotKind.Actor)
            {
                return PartyModifier(tree, t, kind);
            }

            // "Mohajer-2 drones", "Israeli-made Harop drones": the model named before a generic
            // weapon noun is the item.
            if (m.Type == EntityType.Weapon && kind == SlotKind.Weapon)
            {
                foreach (var c in tree.Children(t))
                {
                    if (tree.Rel(c) is not (Relations.Compound or Relations.Amod))
                    {
                        continue;
                    }

                    if (tree.MentionAt(c) is { Type: EntityType.Weapon } model && model != m)
                    {
                        return model;
                    }

                    foreach (var g in tree.Children(c))
                    {
                        if (tree.Rel(g) is Relations.Flat or Relations.Compound && tree.MentionAt(g) is { Type: EntityType.Weapon } inner && inner != m)
                        {
                            return inner;
                        }
                    }
                }
            }

            return Accepts(kind, m) && !IsModifierOnly(tree, m, t) ? m : null;
        }

        var upos = tree.Upos(t);
        if (upos is UposTags.Pron or UposTags.Det)
        {
            if (PredicateArguments.IsRelativeWord(tree, t))
            {
                // "sanctions on three Chinese firms that sold", with the clause hung on "sanctions":
                // the noun right before the relative word is the other candidate.
                var clause = tree.Head(t);
                var before = t - 1;
                while (tree.Contains(before) && tree.Upos(before) == UposTags.Punct)
                {
                    before--;
                }

                if (clause < 0)
                {
                    return null;
                }

                // "X, who leads the UAV Command" with the clause misread as coordinated: the name
                // before the comma.
                if (tree.Rel(clause) != Relations.AclRelcl)
                {
                    return before < t - 1 && tree.Contains(before) && tree.Upos(before) == UposTags.Propn && (tree.WordIs(t, "who") || tree.WordIs(t, "which"))
                        ? ResolveOne(tree, before, kind, depth + 1)
                        : null;
                }

                return ResolveOne(tree, tree.Head(clause), kind, depth + 1)
                    ?? (tree.Contains(before) && before != tree.Head(clause) && tree.Upos(before) is UposTags.Noun or UposTags.Propn ? ResolveOne(tree, before, kind, depth + 1) : null);
            }

            var types = PronounTypes(tree.Word(t));
            var bound = tree.Rel(t) == Relations.NmodPoss && (tree.WordIs(t, "its") || tree.WordIs(t, "their")) ? BoundPossessor(tree, t, kind) : null;
            var antecedent = bound ?? (types is null ? null : PronounAntecedent(tree, t, types, kind));

            // "bought Harop loitering munitions ... used them": the model, not the generic noun.
            return antecedent is { Type: EntityType.Weapon } generic && SpecificBefore(tree, generic) is { } model ? model : antecedent;
        }

        // "the Russian republic of Tatarstan", "the city of Isfahan": the place named after "of".
        if (upos == UposTags.Noun && kind == SlotKind.Place)
        {
            foreach (var c in tree.Children(t))
            {
                if (tree.BaseRel(c) is Relations.Nmod && tree.MentionAt(c) is { Type: EntityType.Place } place && tree.CaseMarker(c) is var of and >= 0 && tree.WordIs(of, "of"))
                {
                    return place;
                }
            }
        }

        // "an adviser to the president, Oleksiy Arestovych", "Foreign Minister Hossein
        // Amir-Abdollahian" with the title as head: the name in apposition.
        if (upos is UposTags.Noun or UposTags.Propn)
        {
            foreach (var c in tree.Children(t))
            {
                if (tree.Rel(c) is Relations.Appos or Relations.Flat && tree.MentionAt(c) is { } named && Accepts(kind, named))
                {
                    return named;
                }

                // "Iraqi militia leader Abu Mahdi al-Muhandis", with the name hung on the title unmarked.
                if (c > t && tree.Rel(c) == Relations.Nmod && tree.CaseMarker(c) < 0 && tree.MentionAt(c) is { Type: EntityType.Person } person && Accepts(kind, person))
                {
                    return person;
                }
            }
        }

        // "four Iranian companies", "an army outpost": a described party is the phrase itself,
        // unless a definite one ("the designated firms") points back to names given before.
        if (kind is SlotKind.Party or SlotKind.Actor or SlotKind.Target && _phrases.Of(tree, t) is { } phrase && Accepts(kind, phrase))
        {
            return DefiniteReferent(tree, t, kind) ?? phrase;
        }

        // "a US air strike", "Russian forces", "a senior PKK commander": a name modifying a
        // common noun stands in for it when the noun itself names no one.
        var owner = upos is UposTags.Noun or UposTags.Propn && kind is SlotKind.Party or SlotKind.Actor or SlotKind.Target
            ? PartyModifier(tree, t, kind == SlotKind.Target ? SlotKind.Party : kind, possessive: kind != SlotKind.Target)
            : null;
        if (upos != UposTags.Noun || !HasDefiniteDeterminer(tree, t) || !_nominalHeads.TryGetValue(tree.Lemma(t), out var nominalTypes))
        {
            return owner;
        }

        // "the Chinese regime" is China; "the Lebanese group" points back to a group, since
        // Lebanon is no group; "the Ethiopian air force", with a compound, is a phrase of its own.
        if (owner is not null && (nominalTypes.Contains(owner.Type) || tree.HasChild(t, Relations.Compound)))
        {
            return owner;
        }

        return NominalReferent(tree, t, nominalTypes, kind) ?? owner;
    }

    /// <summary>
    /// "Iranian dissidents", "Western analysts": a speaker who stands for no named body, given as
    /// the phrase itself (lexicons/independent-speakers.txt), or null.
    /// </summary>
    public static Mention? IndependentSpeaker(DependencyTree tree, int t) => SpeakerPhrase(tree, t, unnamed: false);

    /// <summary>"officials", "two European diplomats": a speaker named only by kind, given as the phrase, or null.</summary>
    public static Mention? UnnamedSpeaker(DependencyTree tree, int t) => SpeakerPhrase(tree, t, unnamed: true);

    private static Mention? SpeakerPhrase(DependencyTree tree, int t, bool unnamed)
    {
        if (tree.Upos(t) != UposTags.Noun || tree.MentionAt(t) is { Kind: not MentionKind.Demonym })
        {
            return null;
        }

        var first = t;
        var independent = unnamed ? UnnamedSpeakers.Contains(tree.Lemma(t)) : IndependentSpeakers.Contains(tree.Lemma(t));
        foreach (var c in tree.Children(t))
        {
            if (c < first && tree.Rel(c) is Relations.Amod or Relations.Compound or Relations.Nummod)
            {
                first = c;
                independent |= !unnamed && (IndependentSpeakers.Contains(tree.Lemma(c)) || IndependentSpeakers.Contains(tree.Word(c)));
            }
        }

        if (!independent)
        {
            return null;
        }

        var context = tree.Context;
        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[t].End);
        var name = context.Clean.Value.Substring(span.Start, span.Length);
        return new Mention(span, first, t + 1, EntityType.Group, MentionKind.Nominal, EntityKey.ForSpeaker(NameNormalizer.Normalize(name)), name);
    }

    /// <summary>"we" in a quote: the speaker's country or organisation when the speaker is a known person.</summary>
    public static Mention? SpeakersSide(KnowledgeBase kb, Mention speaker)
    {
        if (speaker.Type != EntityType.Person)
        {
            return speaker;
        }

        if (kb.FindByKey(speaker.Key) is not { } person)
        {
            return null;
        }

        var side = person.Parent is { } parent ? kb.Find(parent) : null;
        side ??= person.Country is { } country ? kb.Find(country) : null;
        return side is null ? null : speaker with { Type = side.Type, Kind = MentionKind.Name, Key = side.Key, CanonicalName = side.Name };
    }

    /// <param name="possessive">Whether "its" or "whose" may name the party: a target ("killed its commander") is the person, not the owner.</param>
    private static Mention? PartyModifier(DependencyTree tree, int t, SlotKind kind, bool possessive = true)
    {
        if (NationalityNouns.Contains(tree.Lemma(t)))
        {
            return null;
        }

        foreach (var c in tree.Children(t))
        {
            // "whose air force", "its navy", "his country": the owner a possessive pronoun refers
            // to; a person's possession is his country only when it is a state ("his statements"
            // are not).
            if (possessive && tree.Rel(c) == Relations.NmodPoss && tree.MentionAt(c) is null && tree.Upos(c) == UposTags.Pron && kind == SlotKind.Party
                && (!(tree.WordIs(c, "his") || tree.WordIs(c, "her")) || StateNouns.Contains(tree.Lemma(t))))
            {
                return PossessorOf(tree, c, kind);
            }

            if (Modifier(tree, c, kind) is { } mod)
            {
                // "Putin's forces" are Russia's.
                return mod.Type == EntityType.Person && ArmedForces.Contains(tree.Lemma(t)) && SpeakersSide(tree.KnowledgeBase, mod) is { Type: EntityType.Country } state ? state : mod;
            }
        }

        // "a Hezbollah weapons depot", "Iranian Mohajer-6 drones": the parser hangs the name on the
        // compound before the head.
        foreach (var c in tree.Children(t))
        {
            if (tree.Rel(c) != Relations.Compound)
            {
                continue;
            }

            foreach (var g in tree.Children(c))
            {
                if (Modifier(tree, g, kind) is { } mod)
                {
                    return mod;
                }
            }
        }

        return null;
    }

    private static Mention? Modifier(DependencyTree tree, int c, SlotKind kind)
    {
        // "China-based suppliers" are in China, not China.
        if (tree.Rel(c) is Relations.Compound or Relations.Amod or Relations.NmodPoss && tree.MentionAt(c) is { } mod && !tree.Word(c).EndsWith("-based", StringComparison.OrdinalIgnoreCase)
            && (mod.Type == EntityType.Place ? IsCapital(tree, mod) : Accepts(kind, mod)))
        {
            return mod;
        }

        return null;
    }

    private static Mention? PossessorOf(DependencyTree tree, int pronoun, SlotKind kind)
    {
        if (tree.WordIs(pronoun, "whose"))
        {
            var clause = tree.Head(tree.Head(pronoun));
            while (clause >= 0 && tree.Rel(clause) != Relations.AclRelcl)
            {
                clause = tree.Head(clause);
            }

            return clause >= 0 && tree.MentionAt(tree.Head(clause)) is { } owner && Accepts(kind, owner) ? owner : null;
        }

        // "his country": the side of the person "his" refers to.
        if ((tree.WordIs(pronoun, "his") || tree.WordIs(pronoun, "her")) && Antecedent(tree, pronoun, PersonTypes, SlotKind.Person) is { } person)
        {
            return SpeakersSide(tree.KnowledgeBase, person) is { Type: not EntityType.Person } side && Accepts(kind, side) ? side : null;
        }

        if (!(tree.WordIs(pronoun, "its") || tree.WordIs(pronoun, "their")))
        {
            return null;
        }

        return BoundPossessor(tree, pronoun, kind) ?? Antecedent(tree, pronoun, TheyTypes, kind);
    }

    /// <summary>
    /// "which Russia bought to support its war", "Iran used its drones": a possessive on a verb's
    /// object is most often that verb's own doer; null when the verb has no party for a doer.
    /// </summary>
    private static Mention? BoundPossessor(DependencyTree tree, int pronoun, SlotKind kind)
    {
        var owned = tree.Head(pronoun);
        if (owned >= 0 && tree.Rel(owned) == Relations.Obj && tree.Head(owned) is var verb and >= 0 && tree.IsVerbal(verb))
        {
            var agents = new List<int>();
            PredicateArguments.Agents(tree, verb, agents);
            foreach (var agent in agents)
            {
                var doer = tree.MentionAt(agent) ?? PartyModifier(tree, agent, kind, possessive: false);
                if (doer is not null && TheyTypes.Contains(doer.Type) && Accepts(kind, doer))
                {
                    return doer.Kind == MentionKind.Demonym ? doer with { Kind = MentionKind.Name } : doer;
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
        foreach (var n in tree.Gazetteer.MatchSingle(tree.Context.Clean.Value.AsSpan(place.Span.Start, place.Span.Length)))
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
        m.Kind == MentionKind.Demonym && tree.Rel(t) is Relations.Amod or Relations.Compound && m.EndToken <= t + 1 && tree.MentionAt(tree.Head(t)) is not null;

    private static bool HasDefiniteDeterminer(DependencyTree tree, int t)
    {
        foreach (var c in tree.Children(t))
        {
            if (tree.Rel(c) == Relations.Det && (tree.WordIs(c, "the") || tree.WordIs(c, "this") || tree.WordIs(c, "that")))
            {
                return true;
            }
        }

        return false;
    }

    private static Mention? SpecificBefore(DependencyTree tree, Mention weapon)
    {
        foreach (var m in tree.Context.Mentions)
        {
            if (m.Type == EntityType.Weapon && m.EndToken == weapon.FirstToken && m != weapon)
            {
                return m;
            }
        }

        return null;
    }

    private static bool IsPluralPronoun(DependencyTree tree, int t) => tree.WordIs(t, "they") || tree.WordIs(t, "them") || tree.WordIs(t, "their");

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

    /// <summary>What "the group" or "the firm" (a definite short reference) stands for, or null.</summary>
    private Mention? DefiniteReferent(DependencyTree tree, int t, SlotKind kind) =>
        HasDefiniteDeterminer(tree, t) && _nominalHeads.TryGetValue(tree.Lemma(t), out var types) ? NominalReferent(tree, t, types, kind) : null;

    /// <summary>
    /// A pronoun's antecedent: the nearest earlier name, or a nearer short reference ("the regime
    /// ... it") standing for one.
    /// </summary>
    private Mention? PronounAntecedent(DependencyTree tree, int t, EntityType[] types, SlotKind kind)
    {
        // "Hezbollah fired back after it was struck", "Iranian forces withdrew after they were
        // attacked", "A fuel depot caught fire after it was hit": the subject of an adverbial
        // clause is most often the subject of the clause it modifies. When that is an unnamed
        // thing of no named party, and not a "the group" standing for a name, the pronoun names
        // nothing rather than the last name before it.
        if (MatrixSubject(tree, t) is var subject and >= 0)
        {
            if (tree.MentionAt(subject) is { } same && same.Kind != MentionKind.Demonym)
            {
                if (types.Contains(same.Type) && Accepts(kind, same))
                {
                    return same;
                }
            }
            else if (tree.Upos(subject) == UposTags.Noun)
            {
                if (PartyModifier(tree, subject, kind, possessive: false) is { } owner && types.Contains(owner.Type))
                {
                    return owner;
                }

                if (!(_nominalHeads.TryGetValue(tree.Lemma(subject), out _) && HasDefiniteDeterminer(tree, subject)))
                {
                    return null;
                }
            }
        }

        var named = Antecedent(tree, t, types, kind);
        var from = Math.Max(tree.ContextStart, named?.EndToken ?? tree.ContextStart);
        for (var k = t - 1; k >= from; k--)
        {
            // "seven Chinese companies ... accusing them": a plural noun its modifier names.
            if (tree.Contains(k) && tree.Upos(k) == UposTags.Noun && tree.Xpos(k) == XposTags.Nns && tree.MentionAt(k) is null && IsPluralPronoun(tree, t)
                && PartyModifier(tree, k, kind, possessive: false) is { } owner && types.Contains(owner.Type))
            {
                return owner;
            }

            if (tree.Upos(k) == UposTags.Noun && tree.MentionAt(k) is null && _nominalHeads.TryGetValue(tree.Lemma(k), out var nominalTypes)
                && nominalTypes.Any(types.Contains) && DefiniteBefore(tree, k, tree.ContextStart))
            {
                return NominalReferent(tree, k, nominalTypes, kind) ?? named;
            }
        }

        return named;
    }

    /// <summary>The subject before <paramref name="t"/> of the clause that <paramref name="t"/>'s adverbial clause modifies, or -1.</summary>
    private static int MatrixSubject(DependencyTree tree, int t)
    {
        var verb = tree.Head(t);
        var main = verb < 0 ? -1 : tree.Head(verb);
        if (!tree.BaseRel(t).SequenceEqual(Relations.Nsubj) || main < 0 || tree.Rel(verb) != Relations.Advcl)
        {
            return -1;
        }

        foreach (var c in tree.Children(main))
        {
            if (c < t && tree.BaseRel(c).SequenceEqual(Relations.Nsubj))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>
    /// What "the regime" or "the group" stands for: the nearest fitting name earlier in the same
    /// sentence; else what the document's first "the regime" stood for (an article keeps one
    /// meaning for it), read from the names just before that first use and preferring the name
    /// the document mentions most; else the most mentioned name of those types.
    /// </summary>
    private static Mention? NominalReferent(DependencyTree tree, int t, EntityType[] types, SlotKind kind)
    {
        Mention? same = null;
        foreach (var m in tree.Context.Mentions)
        {
            if (m.FirstToken >= tree.Sentence.FirstToken && m.EndToken <= t && m.Kind != MentionKind.Demonym && types.Contains(m.Type) && Accepts(kind, m)
                && (same is null || m.FirstToken > same.FirstToken))
            {
                same = m;
            }
        }

        if (same is not null)
        {
            return same;
        }

        // "the general" is someone near the reference, preferably the person the story is about;
        // people are never guessed from the whole document.
        var counts = CountMentions(tree, types, kind);
        if (types.Contains(EntityType.Person))
        {
            return MostMentionedIn(tree, counts, tree.ContextStart, t, types, kind, demonyms: false);
        }

        var first = FirstUse(tree, t);
        var best = MostMentionedIn(tree, counts, WindowStart(tree.Context, first), first, types, kind, demonyms: true);
        if (best is null)
        {
            var bestCount = 1;
            foreach (var (count, last) in counts.Values)
            {
                if (count > bestCount || (count == bestCount && best is not null && last.FirstToken > best.FirstToken))
                {
                    best = last;
                    bestCount = count;
                }
            }
        }

        return best is { Kind: MentionKind.Demonym } ? best with { Kind = MentionKind.Name } : best;
    }

    /// <summary>How often the document names each entity of these types, and its last mention.</summary>
    private static Dictionary<string, (int Count, Mention Last)> CountMentions(DependencyTree tree, EntityType[] types, SlotKind kind)
    {
        var counts = new Dictionary<string, (int Count, Mention Last)>(StringComparer.Ordinal);
        foreach (var m in tree.Context.Mentions)
        {
            // "militants" or "the militia" is no name a reference can stand for.
            if (types.Contains(m.Type) && Accepts(kind, m) && m.Key.Length > 0 && m.Kind != MentionKind.Nominal)
            {
                counts[m.Key] = counts.TryGetValue(m.Key, out var c) ? (c.Count + 1, m) : (1, m);
            }
        }

        return counts;
    }

    /// <summary>
    /// Of the fitting names between <paramref name="from"/> and <paramref name="to"/>, the one the
    /// document mentions most ("the group" after a passing mention of another group still means the
    /// group the story follows); the later one on a tie.
    /// </summary>
    private static Mention? MostMentionedIn(DependencyTree tree, Dictionary<string, (int Count, Mention Last)> counts, int from, int to, EntityType[] types, SlotKind kind, bool demonyms)
    {
        Mention? best = null;
        var bestCount = 0;
        foreach (var m in tree.Context.Mentions)
        {
            if (m.EndToken > to || m.FirstToken < from || (!demonyms && m.Kind == MentionKind.Demonym) || m.Kind == MentionKind.Nominal || !types.Contains(m.Type) || !Accepts(kind, m))
            {
                continue;
            }

            var count = counts.TryGetValue(m.Key, out var c) ? c.Count : 1;
            if (best is null || count > bestCount || (count == bestCount && m.FirstToken > best.FirstToken))
            {
                best = m;
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>The document's first definite use of the noun at <paramref name="t"/> (by lemma).</summary>
    private static int FirstUse(DependencyTree tree, int t)
    {
        var lemma = tree.Lemma(t);
        for (var k = 0; k < t; k++)
        {
            if (tree.Upos(k) == UposTags.Noun && string.Equals(tree.Lemma(k), lemma, StringComparison.OrdinalIgnoreCase) && DefiniteBefore(tree, k, 0))
            {
                return k;
            }
        }

        return t;
    }

    /// <summary>First token of the sentence two before the one holding <paramref name="t"/>.</summary>
    private static int WindowStart(AnalysisContext context, int t)
    {
        var sentences = context.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].EndToken > t)
            {
                return sentences[Math.Max(0, i - 2)].FirstToken;
            }
        }

        return 0;
    }

    /// <summary>"the hard-line regime": a definite determiner before the noun's modifiers, read off the words.</summary>
    private static bool DefiniteBefore(DependencyTree tree, int k, int limit)
    {
        for (var j = k - 1; j >= Math.Max(limit, k - 4); j--)
        {
            var w = tree.Word(j);
            if (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (tree.Upos(j) is not (UposTags.Adj or UposTags.Noun or UposTags.Punct))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The nearest earlier name of a fitting type within the sentence and the two before it.</summary>
    /// <summary>
    /// "an Amnesty report accusing it of providing weapons": the object pronoun of a verb is not that
    /// verb's own doer (here the report's author), so the doer is no antecedent; null when none.
    /// </summary>
    private static Mention? OwnDoer(DependencyTree tree, int pronoun)
    {
        var verb = tree.Head(pronoun);
        if (verb < 0 || tree.Rel(pronoun) is not (Relations.Obj or Relations.Iobj) || !tree.IsVerbal(verb))
        {
            return null;
        }

        var agent = PredicateArguments.Agent(tree, verb);
        return agent < 0 ? null : tree.MentionAt(agent) ?? PartyModifier(tree, agent, SlotKind.Party, possessive: false);
    }

    private static Mention? Antecedent(DependencyTree tree, int t, EntityType[] types, SlotKind kind)
    {
        var mentions = tree.Context.Mentions;
        var start = tree.ContextStart;
        var doer = OwnDoer(tree, t);
        Mention? best = null;
        foreach (var m in mentions)
        {
            if (m.EndToken > t || m.FirstToken < start || m.Kind == MentionKind.Demonym || !types.Contains(m.Type) || !Accepts(kind, m)
                || (doer is not null && m.Key == doer.Key))
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
