using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Trees;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Claims.Finders.Echoes;

/// <summary>
/// A parsed sentence that re-asserts, confirms or denies what the sentences before it claimed.
/// The echoed claims go straight to the document: they were assembled once already, and only
/// their speaker, stance, evidence and time change.
/// </summary>
internal sealed class EchoFinder : IClaimFinder
{
    public string Name => "echo";

    private readonly TreeClaimFinder _trees;

    public EchoFinder(TreeClaimFinder trees)
    {
        _trees = trees;
    }

    public void Find(SentenceScope s, DependencyTree tree, List<ClaimDraft> found)
    {
        if (_trees.Echo(tree) is { Source: { } speaker } echo)
        {
            EchoEarlierClaims(s, tree.KnowledgeBase, speaker, echo.Stance ?? Stance.Asserted);
        }
    }

    /// <summary>
    /// "Amir-Abdollahian confirmed this matter": the claims of the two sentences before, asserted
    /// again by the new speaker in the new stance, with this sentence as their evidence.
    /// </summary>
    /// <remarks>
    /// Only acts are echoed (not sanctions, roles or places), and a denial only of what the
    /// speaker's own side is said to have done: "Iran rejected the reports" after a paragraph on
    /// sanctions against Iran denies no sanction.
    /// </remarks>
    private static void EchoEarlierClaims(SentenceScope s, KnowledgeBase kb, Mention speaker, Stance stance)
    {
        var context = s.Context;
        var side = ReferenceResolver.SpeakersSide(kb, speaker)?.Key;
        var from = context.Sentences[Math.Max(0, s.Index - 2)].Span.Start;
        var earlier = context.Claims
            .Where(c => c.Evidence.Start >= from && c.Evidence.Start < s.Sentence.Span.Start
                && c.Type is ClaimType.Supply or ClaimType.Manufacture or ClaimType.Use or ClaimType.Attack or ClaimType.Sponsor or ClaimType.Visit or ClaimType.Meeting
                && (stance != Stance.Denied || c.Subject.Key == speaker.Key || c.Subject.Key == side))
            .DistinctBy(c => (c.Type, c.Subject.Key, c.Object?.Key))
            .ToList();
        var time = s.FindTime();
        var source = s.Ref(speaker);
        foreach (var c in earlier)
        {
            context.Claims.Add(c with { Source = source, Stance = stance, Evidence = s.Sentence.Span, Time = time ?? c.Time });
        }
    }
}
