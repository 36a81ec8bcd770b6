using System.Buffers;
using ArmsTrace.Core.Nlp.Tagging;
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

    private readonly Parser _parser;

    public DependencyParserStage(Parser parser)
    {
        _parser = parser ?? throw new ArgumentNullException(nameof(parser));
    }

    public string Name => "dep-parser/1";

    public IReadOnlyList<Layer> Needs => NeedsLayers;

    public IReadOnlyList<Layer> Adds => AddsLayers;

    public IReadOnlyList<Layer> Amends => [];

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scratch = context.Scratch.Get<ParserScratch>();
        foreach (var sentence in context.Sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            if (QuoteSplit.Find(context, sentence) is { } split && ParseQuote(context, _parser, scratch, sentence, split))
            {
                continue;
            }

            ParseSpan(context, _parser, scratch, sentence.FirstToken, sentence.EndToken);
        }
    }

    /// <summary>Parses the quote and its reporting clause apart and hangs the quote on the reporting verb.</summary>
    private static bool ParseQuote(AnalysisContext context, Parser parser, ParserScratch scratch, Sentence sentence, QuoteSplit split)
    {
        var annotations = context.Annotations;
        var verb = ParseSpan(context, parser, scratch, split.ReportStart, split.ReportEnd);
        if (verb < 0 || annotations.Upos[verb] != UposTags.Verb)
        {
            ParseSpan(context, parser, scratch, sentence.FirstToken, sentence.EndToken);
            return true;
        }

        var said = ParseSpan(context, parser, scratch, split.QuoteStart, split.QuoteEnd);
        annotations.Head[said] = verb;
        annotations.Deprel[said] = Relations.Ccomp;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var inQuote = t >= split.QuoteStart && t < split.QuoteEnd;
            var inReport = t >= split.ReportStart && t < split.ReportEnd;
            if (!inQuote && !inReport)
            {
                annotations.Head[t] = said;
                annotations.Deprel[t] = Relations.Punct;
            }
        }

        return true;
    }

    /// <summary>Parses tokens [from, to) as one sentence; returns the document index of its root, or -1.</summary>
    private static int ParseSpan(AnalysisContext context, Parser parser, ParserScratch scratch, int from, int to)
    {
        var annotations = context.Annotations;
        var n = to - from;
        var atoms = scratch.Atoms;
        atoms.Reset(n);
        for (var i = 0; i < n; i++)
        {
            var t = from + i;
            atoms.Set(i, context.TokenText(t), annotations.Upos[t] ?? UposTags.X, annotations.Xpos[t] ?? XposTags.Xx, parser.Ambiguity);
        }

        var heads = ArrayPool<int>.Shared.Rent(n);
        var labels = ArrayPool<int>.Shared.Rent(n);
        var root = -1;
        try
        {
            parser.Parse(atoms, heads.AsSpan(0, n), labels.AsSpan(0, n), scratch);
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
