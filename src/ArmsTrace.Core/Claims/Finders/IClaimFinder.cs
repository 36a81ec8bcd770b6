using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Trees;

namespace ArmsTrace.Core.Claims.Finders;

/// <summary>
/// One family of constructions that yield claims. The stage runs the finders over each sentence in
/// a fixed order because a finder may rely on, or overrule, what those before it found.
/// </summary>
internal interface IClaimFinder
{
    /// <summary>Short name, kept with each claim found so its confidence can say which rule found it.</summary>
    string Name { get; }

    /// <param name="tree">The sentence's parse.</param>
    /// <param name="found">The sentence's claims so far.</param>
    void Find(SentenceScope s, DependencyTree tree, List<ClaimDraft> found);
}
