using System.Buffers;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>
/// Parses each sentence and stores heads as document-wide token indexes (-1 for a sentence root)
/// with UD relation labels.
/// </summary>
internal sealed class DependencyParserStage : IPipelineStage
{
    private static readonly Layer[] NeedsLayers = [Layer.PartsOfSpeech];
    private static readonly Layer[] AddsLayers = [Layer.Dependencies];

    [ThreadStatic]
    private static ParserAtoms? t_atoms;

    private readonly Parser? _parser;

    /// <param name="parser">The model to use; the embedded one when null.</param>
    public DependencyParserStage(Parser? parser = null)
    {
        _parser = parser;
    }

    public string Name => "dep-parser/1";

    public IReadOnlyList<Layer> Needs => NeedsLayers;

    public IReadOnlyList<Layer> Adds => AddsLayers;

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parser = _parser ?? NlpModels.Parser;
        var atoms = t_atoms ??= new ParserAtoms();
        foreach (var sentence in context.Sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            if (QuoteSplit.Find(context, sentence) is { } split && ParseQuote(context, parser, atoms, sentence, split))
            {
                continue;
            }

            ParseSpan(context, parser, atoms, sentence.FirstToken, sentence.EndToken);
        }
    }

    /// <summary>Parses the quote and its reporting clause apart and hangs the quote on the reporting verb.</summary>
    private static bool ParseQuote(AnalysisContext context, Parser parser, ParserAtoms atoms, Sentence sentence, QuoteSplit split)
    {
        var annotations = context.Annotations;
        var verb = ParseSpan(context, parser, atoms, split.ReportStart, split.ReportEnd);
        if (verb < 0 || annotations.Upos[verb] != "VERB")
        {
            ParseSpan(context, parser, atoms, sentence.FirstToken, sentence.EndToken);
            return true;
        }

        var said = ParseSpan(context, parser, atoms, split.QuoteStart, split.QuoteEnd);
        annotations.Head[said] = verb;
        annotations.Deprel[said] = "ccomp";
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var inQuote = t >= split.QuoteStart && t < split.QuoteEnd;
            var inReport = t >= split.ReportStart && t < split.ReportEnd;
            if (!inQuote && !inReport)
            {
                annotations.Head[t] = said;
                annotations.Deprel[t] = "punct";
            }
        }

        return true;
    }

    /// <summary>Parses tokens [from, to) as one sentence; returns the document index of its root, or -1.</summary>
    private static int ParseSpan(AnalysisContext context, Parser parser, ParserAtoms atoms, int from, int to)
    {
        var annotations = context.Annotations;
        var n = to - from;
        atoms.Reset(n);
        for (var i = 0; i < n; i++)
        {
            var t = from + i;
            atoms.Set(i, context.TokenText(t), annotations.Upos[t] ?? "X", annotations.Xpos[t] ?? "XX", parser.Ambiguity);
        }

        var heads = ArrayPool<int>.Shared.Rent(n);
        var labels = ArrayPool<int>.Shared.Rent(n);
        var root = -1;
        try
        {
            parser.Parse(atoms, heads.AsSpan(0, n), labels.AsSpan(0, n));
            for (var i = 0; i < n; i++)
            {
                var t = from + i;
                annotations.Head[t] = heads[i] < 0 ? -1 : from + heads[i];
                annotations.Deprel[t] = parser.Labels[labels[i]];
                if (heads[i] < 0 && root < 0)
                {
                    root = t;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(heads);
            ArrayPool<int>.Shared.Return(labels);
        }

        return root;
    }
}
