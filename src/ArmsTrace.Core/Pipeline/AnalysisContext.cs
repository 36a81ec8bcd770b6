using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Text;
using ArmsTrace.Core.Time;

namespace ArmsTrace.Core.Pipeline;

/// <summary>Everything the pipeline has learned about one document so far.</summary>
public sealed class AnalysisContext
{
    private TokenAnnotations? _annotations;

    public AnalysisContext(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Clean = CleanText.Identity(document.Text);
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

    public ReadOnlySpan<char> TokenText(int index)
    {
        var t = Tokens[index];
        return Clean.Value.AsSpan(t.Start, t.Length);
    }
}
