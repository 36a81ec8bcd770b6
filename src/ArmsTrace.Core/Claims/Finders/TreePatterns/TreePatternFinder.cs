using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Trees;

namespace ArmsTrace.Core.Claims.Finders.TreePatterns;

/// <summary>
/// The tree patterns of lexicons/claim-patterns.txt (see Claims/Trees), which read roles,
/// attribution and stance off the parse; they run first, and the word finders defer to them.
/// </summary>
internal sealed class TreePatternFinder : IClaimFinder
{
    public string Name => "tree-pattern";

    private readonly TreeClaimFinder _trees;

    public TreePatternFinder(TreeClaimFinder trees)
    {
        _trees = trees;
    }

    public void Find(SentenceScope s, DependencyTree tree, List<ClaimDraft> found)
    {
        _trees.Find(tree, found);
    }
}
