using System.Collections.Frozen;
using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Core.Claims.Trees;

/// <summary>
/// Who asserts a claim and how firmly, read off the tree: the subject of a reporting verb whose
/// complement holds the trigger ("Ukraine says Iran sold..."), a reporting clause hung beside it
/// ("..., the official said"), or "according to X"; negation, modals, intent verbs and hedging
/// adverbs on the trigger itself.
/// </summary>
internal sealed class TreeAttribution
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations =
        new[] { "not", "never", "n't", "no" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _reportingLemmas;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _modality;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sceneSetters =
        Lexicon.Words("scene-setters.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _echoNouns =
        Lexicon.Words("echo-nouns.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _accusations =
        Lexicon.Words("accusation-verbs.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _evidential =
        Lexicon.Words("evidential-verbs.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    public TreeAttribution()
    {
        _reportingLemmas = Lexicon.Table("reporting-lemmas.txt").GetAlternateLookup<ReadOnlySpan<char>>();
        _modality = Lexicon.Table("modality.txt").GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The speaker and the reporting verb's stance; a null result when no reporting construction governs the trigger.</summary>
    public Attribution? Speaker(DependencyTree tree, int p, ReferenceResolver resolver)
    {
        var found = Nearest(tree, p, resolver);

        // "it shows that...", "the report alleges that...": a speaker that names no one lets an
        // outer reporting clause tell who speaks ("..., Jafarzadeh told Fox News").
        if (found is { Source: null, VerbToken: var cue } && cue >= 0 && Nearest(tree, cue, resolver) is { Source: not null } outer)
        {
            return outer;
        }

        return found;
    }

    private Attribution? Nearest(DependencyTree tree, int p, ReferenceResolver resolver)
    {
        var x = p;
        for (var step = 0; step < 8 && x >= 0; step++)
        {
            foreach (var c in tree.Children(x))
            {
                if (tree.Rel(c) == Relations.Parataxis && ReportingStance(tree, c) is { } aside)
                {
                    return new Attribution(SpeakerOf(tree, c, resolver), aside, c);
                }
            }

            var h = tree.Head(x);
            if (h < 0)
            {
                break;
            }

            var rel = tree.BaseRel(x);

            // "told Congress that China had provided": a "that" clause misread as a relative
            // clause on the reporting verb's object is what was told.
            if (rel is Relations.Acl && MarkedByThat(tree, x) && tree.Rel(h) is Relations.Obj or Relations.Iobj && tree.Head(h) is var teller and >= 0 && ReportingStance(tree, teller) is { } toldStance)
            {
                return new Attribution(SpeakerOf(tree, teller, resolver), toldStance, teller);
            }

            // "accused by UN experts of sending": the gerund hung on the passive's "by" phrase.
            if (rel is Relations.Acl && tree.Rel(h) == Relations.OblAgent && tree.Head(h) is var accuser and >= 0 && ReportingStance(tree, accuser) is { } byStance)
            {
                return new Attribution(SpeakerOf(tree, accuser, resolver), byStance, accuser);
            }

            // "Britain sanctions Iran for supplying drones": the act a penalty is imposed for is
            // the penalising side's allegation, unless someone outside reports the whole.
            // ("sanctioned two firms for shipping", with the clause hung on the firms.)
            var penalty = rel is Relations.Acl && tree.Rel(h) == Relations.Obj ? tree.Head(h) : h;
            if (rel is Relations.Advcl or Relations.Acl && HasMark(tree, x, "for") && penalty >= 0 && tree.IsVerbal(penalty) && _accusations.Contains(tree.Lemma(penalty))
                && ReportingStance(tree, penalty) is null)
            {
                return Nearest(tree, penalty, resolver) is { Source: not null } outer ? outer : new Attribution(SpeakerOf(tree, penalty, resolver), Stance.Alleged, penalty);
            }

            // "..., while the Security Council sanctions ended" sets the scene; it is not what was
            // announced, also when the announcement is itself reported one clause up.
            if (rel is Relations.Advcl && Subordinated(tree, x))
            {
                break;
            }

            if (rel is Relations.Ccomp or Relations.Parataxis or Relations.Xcomp or Relations.Advcl or Relations.Csubj or Relations.Obj or Relations.Conj
                && ReportingStance(tree, h) is { } stance)
            {
                if (rel is Relations.Conj && x != p)
                {
                    break;
                }

                return new Attribution(SpeakerOf(tree, h, resolver), stance, h);
            }

            x = h;
        }

        for (var t = tree.Sentence.FirstToken; t < tree.Sentence.EndToken; t++)
        {
            var marker = tree.CaseMarker(t);
            if (marker >= 0 && tree.WordIs(marker, "according"))
            {
                var who = new List<Mention>();
                resolver.Resolve(tree, t, SlotKind.Actor, who);
                return new Attribution(who.FirstOrDefault(), Stance.Reported, marker);
            }
        }

        return null;
    }

    /// <summary>
    /// "Amir-Abdollahian confirmed this matter", "Moscow denied the reports": a reporting verb
    /// whose object points back at what was just said, with no clause of its own. The claims of
    /// the sentences before are then asserted again by this speaker, in this stance.
    /// </summary>
    public Attribution? Echo(DependencyTree tree, ReferenceResolver resolver)
    {
        for (var v = tree.Sentence.FirstToken; v < tree.Sentence.EndToken; v++)
        {
            if (ReportingStance(tree, v) is not { } stance || stance is Stance.Asserted || tree.HasChild(v, Relations.Ccomp))
            {
                continue;
            }

            var obj = tree.FirstChild(v, Relations.Obj);
            if (obj < 0 || !PointsBack(tree, obj))
            {
                continue;
            }

            return SpeakerOf(tree, v, resolver) is { } speaker ? new Attribution(speaker, stance, v) : null;
        }

        return null;
    }

    private bool PointsBack(DependencyTree tree, int obj)
    {
        if (tree.Upos(obj) == UposTags.Pron)
        {
            return tree.WordIs(obj, "it") || tree.WordIs(obj, "this") || tree.WordIs(obj, "that");
        }

        if (tree.Upos(obj) != UposTags.Noun || !_echoNouns.Contains(tree.Lemma(obj)))
        {
            return false;
        }

        foreach (var c in tree.Children(obj))
        {
            if (tree.Rel(c) == Relations.Det && (tree.WordIs(c, "this") || tree.WordIs(c, "these") || tree.WordIs(c, "that") || tree.WordIs(c, "the") || tree.WordIs(c, "such")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MarkedByThat(DependencyTree tree, int clause)
    {
        foreach (var c in tree.Children(clause))
        {
            if (tree.Rel(c) == Relations.Mark && tree.WordIs(c, "that"))
            {
                return true;
            }
        }

        return false;
    }

    private bool Subordinated(DependencyTree tree, int clause)
    {
        foreach (var c in tree.Children(clause))
        {
            if (tree.Rel(c) is Relations.Mark or Relations.Advmod && _sceneSetters.Contains(tree.Word(c)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Stance the trigger's own words give: negation, modals, intent verbs above it, hedging adverbs.</summary>
    public Stance? OwnStance(DependencyTree tree, int p)
    {
        Stance? found = null;
        foreach (var c in tree.Children(p))
        {
            var rel = tree.Rel(c);
            if (rel is Relations.Advmod or Relations.Neg or Relations.Det && Negations.Contains(tree.Word(c)))
            {
                return Stance.Denied;
            }

            if (rel is Relations.Aux or Relations.Advmod && _modality.TryGetValue(tree.Word(c), out var name))
            {
                found ??= ClaimNames.ParseStance(name);
            }
        }

        // "Iran plans to sell", "Russia appears to be looking at buying", "declined to sell".
        var x = p;
        for (var step = 0; step < 3; step++)
        {
            var h = tree.Head(x);
            if (h < 0 || tree.Rel(x) is not (Relations.Xcomp or Relations.Ccomp or Relations.Advcl))
            {
                break;
            }

            if ((_modality.TryGetValue(tree.Lemma(h), out var name) || _modality.TryGetValue(tree.Word(h), out name))
                && ClaimNames.ParseStance(name) is { } s and (Stance.Intended or Stance.Possible or Stance.Denied))
            {
                found ??= s;
            }

            x = h;
        }

        return found;
    }

    /// <summary>
    /// Who the reporting verb's subject names. Of several ("United States Assistant Secretary
    /// Barbara Leaf told", misparsed as two subjects) a person is the speaker.
    /// </summary>
    private static bool HasMark(DependencyTree tree, int v, string word)
    {
        foreach (var c in tree.Children(v))
        {
            if (tree.Rel(c) == Relations.Mark && tree.WordIs(c, word))
            {
                return true;
            }
        }

        return false;
    }

    private Mention? SpeakerOf(DependencyTree tree, int verb, ReferenceResolver resolver)
    {
        var agents = new List<int>();
        PredicateArguments.Agents(tree, verb, agents);
        var evidential = _evidential.Contains(tree.Lemma(verb));
        Mention? best = null;
        var who = new List<Mention>();
        foreach (var agent in agents)
        {
            if (evidential && (tree.WordIs(agent, "it") || tree.WordIs(agent, "this") || tree.WordIs(agent, "that")))
            {
                continue;
            }

            who.Clear();
            var speaker = ReferenceResolver.IndependentSpeaker(tree, agent);
            if (speaker is null)
            {
                resolver.Resolve(tree, agent, SlotKind.Actor, who);
                speaker = who.FirstOrDefault() ?? ReferenceResolver.UnnamedSpeaker(tree, agent);
            }

            if (speaker is { Type: EntityType.Person })
            {
                return speaker;
            }

            best ??= speaker;
        }

        return best ?? (agents.Count == 0 ? PersonJustBefore(tree, verb) : null);
    }

    /// <summary>
    /// "quoted an adviser, Oleksiy Arestovych, as saying": a reporting verb the parser left
    /// without a subject is spoken by the person named just before it, with no verb between.
    /// </summary>
    private static Mention? PersonJustBefore(DependencyTree tree, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(tree.Sentence.FirstToken, verb - 8); k--)
        {
            if (tree.MentionAt(k) is { Type: EntityType.Person } person)
            {
                return person;
            }

            if (tree.Upos(k) is UposTags.Verb or UposTags.Aux)
            {
                return null;
            }
        }

        return null;
    }

    private Stance? ReportingStance(DependencyTree tree, int verb)
    {
        if (!tree.IsVerbal(verb))
        {
            return null;
        }

        if (!ReportingVerbs.Forms.TryGetValue(tree.Word(verb), out var name) && !_reportingLemmas.TryGetValue(tree.Lemma(verb), out name))
        {
            return null;
        }

        var stance = ClaimNames.ParseStance(name);
        if (stance is null)
        {
            return null;
        }

        foreach (var c in tree.Children(verb))
        {
            if (tree.Rel(c) is Relations.Advmod && Negations.Contains(tree.Word(c)))
            {
                // "has not confirmed" leaves it open; "did not deny" is near enough to a confirmation.
                return stance switch
                {
                    Stance.Confirmed => Stance.Unconfirmed,
                    Stance.Denied => Stance.Unconfirmed,
                    _ => Stance.Denied,
                };
            }
        }

        return stance;
    }
}
