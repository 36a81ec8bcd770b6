using System.Diagnostics;
using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Text;
using ArmsTrace.Core.Time;

namespace ArmsTrace.Core.Pipeline;

/// <summary>Everything the pipeline has learned about one document so far.</summary>
/// <remarks>
/// In debug builds (and so in tests) the context refuses, when a stage ends, any write to a layer
/// that stage did not declare in its Adds or Amends; release builds skip the check.
/// </remarks>
public sealed class AnalysisContext
{
    private TokenAnnotations? _annotations;
    private IPipelineStage? _running;
    private int[] _before = [];
    private StageScratch? _scratch;

    public AnalysisContext(SourceDocument document)
        : this(document, new StageScratch())
    {
    }

    internal AnalysisContext(SourceDocument document, StageScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Clean = CleanText.Identity(document.Text);
        _scratch = scratch;
    }

    public SourceDocument Document { get; }

    public CleanText Clean { get; set; }

    public List<Token> Tokens { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<ResolvedEntity> Entities { get; } = [];

    public List<Claim> Claims { get; } = [];

    /// <summary>Problems with the data found on the way; extraction records them and goes on.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Publication date, parsed once by the reader; null when the document has none.</summary>
    public PartialDate? Published { get; set; }

    /// <summary>Tags, lemmas and dependencies, created on first use with one slot per token.</summary>
    public TokenAnnotations Annotations => _annotations ??= new TokenAnnotations(Tokens.Count);

    public bool HasAnnotations => _annotations is not null;

    /// <summary>Working space the running pipeline lends the stages of this document; gone once the run ends.</summary>
    internal StageScratch Scratch => _scratch ?? throw new InvalidOperationException("Scratch space is lent to stages only while the pipeline runs.");

    public ReadOnlySpan<char> TokenText(int index)
    {
        var t = Tokens[index];
        return Clean.Value.AsSpan(t.Start, t.Length);
    }

    /// <summary>Ends the loan of the scratch space, which the pipeline lends the next run.</summary>
    internal void ReturnScratch() => _scratch = null;

    [Conditional("DEBUG")]
    internal void Enter(IPipelineStage stage)
    {
        _running = stage;
        _before = LayerFingerprint.Take(this);
    }

    [Conditional("DEBUG")]
    internal void Leave()
    {
        var stage = _running!;
        var after = LayerFingerprint.Take(this);
        for (var layer = 0; layer < after.Length; layer++)
        {
            if (after[layer] != _before[layer] && !stage.Adds.Contains((Layer)layer) && !stage.Amends.Contains((Layer)layer))
            {
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' wrote layer {(Layer)layer}, which it declares in neither Adds nor Amends.");
            }
        }

        _running = null;
    }
}
