using System.Collections.Frozen;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;

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

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _reporting;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _reportingLemmas;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _modality;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _evidential =
        Lexicon.Words("evidential-verbs.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    public TreeAttribution()
    {
        _reporting = Lexicon.Table("reporting-verbs.txt").GetAlternateLookup<ReadOnlySpan<char>>();
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
                if (tree.Rel(c) == "parataxis" && ReportingStance(tree, c) is { } aside)
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
            if (rel is "ccomp" or "parataxis" or "xcomp" or "advcl" or "csubj" or "obj" or "conj" && ReportingStance(tree, h) is { } stance)
            {
                if (rel is "conj" && x != p)
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

    /// <summary>Stance the trigger's own words give: negation, modals, intent verbs above it, hedging adverbs.</summary>
    public Stance? OwnStance(DependencyTree tree, int p)
    {
        Stance? found = null;
        foreach (var c in tree.Children(p))
        {
            var rel = tree.Rel(c);
            if (rel is "advmod" or "neg" or "det" && Negations.Contains(tree.Word(c)))
            {
                return Stance.Denied;
            }

            if (rel is "aux" or "advmod" && _modality.TryGetValue(tree.Word(c), out var name))
            {
                found ??= ClaimNames.ParseStance(name);
            }
        }

        // "Iran plans to sell", "Russia appears to be looking at buying".
        var x = p;
        for (var step = 0; step < 3; step++)
        {
            var h = tree.Head(x);
            if (h < 0 || tree.Rel(x) is not ("xcomp" or "ccomp" or "advcl"))
            {
                break;
            }

            if (_modality.TryGetValue(tree.Lemma(h), out var name) && ClaimNames.ParseStance(name) is { } s and (Stance.Intended or Stance.Possible))
            {
                found ??= s;
            }

            x = h;
        }

        return found;
    }

    private Mention? SpeakerOf(DependencyTree tree, int verb, ReferenceResolver resolver)
    {
        var agent = PredicateArguments.Agent(tree, verb);
        if (agent < 0 || (_evidential.Contains(tree.Lemma(verb)) && (tree.WordIs(agent, "it") || tree.WordIs(agent, "this") || tree.WordIs(agent, "that"))))
        {
            return null;
        }

        var who = new List<Mention>();
        resolver.Resolve(tree, agent, SlotKind.Actor, who);
        return who.FirstOrDefault();
    }

    private Stance? ReportingStance(DependencyTree tree, int verb)
    {
        if (!tree.IsVerbal(verb))
        {
            return null;
        }

        if (!_reporting.TryGetValue(tree.Word(verb), out var name) && !_reportingLemmas.TryGetValue(tree.Lemma(verb), out name))
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
            if (tree.Rel(c) is "advmod" && Negations.Contains(tree.Word(c)))
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
