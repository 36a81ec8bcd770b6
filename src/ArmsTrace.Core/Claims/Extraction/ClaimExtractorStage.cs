using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Finders;
using ArmsTrace.Core.Claims.Finders.Compounds;
using ArmsTrace.Core.Claims.Finders.Echoes;
using ArmsTrace.Core.Claims.Finders.Nationality;
using ArmsTrace.Core.Claims.Finders.Roles;
using ArmsTrace.Core.Claims.Finders.Structure;
using ArmsTrace.Core.Claims.Finders.TreePatterns;
using ArmsTrace.Core.Claims.Finders.WordTriggers;
using ArmsTrace.Core.Claims.Trees;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Claims.Extraction;

/// <summary>
/// Claim extractor. Where sentences are parsed, trigger words are matched by the tree patterns of
/// lexicons/claim-patterns.txt (roles, attribution and stance from the tree); the older word
/// patterns around lexicons/triggers.txt then add only what the tree missed and does not
/// contradict. Word patterns also find hyphenated compounds ("Iran-backed", "Chinese-made"),
/// titles before and appositions after names (roles), "ORG of ORG" and "ORG's ORG" (part of) and
/// facilities "in PLACE" (located in).
/// </summary>
public sealed class ClaimExtractorStage : IPipelineStage
{
    public const string ExtractorName = "patterns";

    /// <summary>The one version of extraction: every claim carries it as its extractor and the store records it with the claim.</summary>
    public const string Version = ExtractorName + "/0.5";

    private readonly ClaimAssembler _assembler = new();
    private readonly IReadOnlyList<IClaimFinder> _finders;
    private readonly KnowledgeBase _kb;
    private readonly Gazetteer _gazetteer;

    /// <param name="kb">Entries the claim rules look up (a speaker's country, a title's organisation).</param>
    /// <param name="gazetteer">Names of the same knowledge base, for places the recogniser left inside a word ("Dubai-based").</param>
    /// <param name="claimPatterns">Lines in the format of lexicons/claim-patterns.txt, to try changed patterns; the bundled file when null.</param>
    public ClaimExtractorStage(KnowledgeBase kb, Gazetteer gazetteer, TriggerLexicon? triggers = null, IEnumerable<string>? claimPatterns = null)
    {
        _kb = kb ?? throw new ArgumentNullException(nameof(kb));
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        var trees = new TreeClaimFinder(claimPatterns is null ? null : new ClaimPatternSet(Lexicon.Content(claimPatterns)));
        _finders =
        [
            new TreePatternFinder(trees),
            new WordTriggerFinder(triggers ?? TriggerLexicon.Default, trees),
            new EchoFinder(trees),
            new CompoundFinder(trees),
            new RoleFinder(kb),
            new StructureFinder(gazetteer),
            new NationalityFinder(),
        ];
    }

    public string Name => ExtractorName;

    public IReadOnlyList<Layer> Needs { get; } = [Layer.Sentences, Layer.Entities, Layer.Dependencies];

    public IReadOnlyList<Layer> Adds { get; } = [Layer.Claims];

    public IReadOnlyList<Layer> Amends => [];

    public void Run(AnalysisContext context)
    {
        Attribution? previous = null;
        for (var sentenceIndex = 0; sentenceIndex < context.Sentences.Count; sentenceIndex++)
        {
            var scope = new SentenceScope(context, sentenceIndex);
            var found = new List<ClaimDraft>();
            var tree = new DependencyTree(context, scope.Sentence, scope.Mentions, ContextStart(context, sentenceIndex), _kb, _gazetteer);
            foreach (var finder in _finders)
            {
                finder.Find(scope, tree, found);
                for (var i = 0; i < found.Count; i++)
                {
                    if (found[i].Finder.Length == 0)
                    {
                        found[i] = found[i] with { Finder = finder.Name };
                    }
                }
            }

            previous = found.Count == 0 ? null : _assembler.Add(scope, tree, found, previous);
        }
    }

    private static int ContextStart(AnalysisContext context, int sentenceIndex) =>
        context.Sentences[Math.Max(0, sentenceIndex - 2)].FirstToken;
}
