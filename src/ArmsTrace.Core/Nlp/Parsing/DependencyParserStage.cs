using System.Buffers;
using ArmsTrace.Core.Pipeline;

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
        var annotations = context.Annotations;
        var atoms = t_atoms ??= new ParserAtoms();
        foreach (var sentence in context.Sentences)
        {
            var n = sentence.TokenCount;
            if (n == 0)
            {
                continue;
            }

            atoms.Reset(n);
            for (var i = 0; i < n; i++)
            {
                var t = sentence.FirstToken + i;
                atoms.Set(i, context.TokenText(t), annotations.Upos[t] ?? "X", annotations.Xpos[t] ?? "XX", parser.Ambiguity);
            }

            var heads = ArrayPool<int>.Shared.Rent(n);
            var labels = ArrayPool<int>.Shared.Rent(n);
            try
            {
                parser.Parse(atoms, heads.AsSpan(0, n), labels.AsSpan(0, n));
                for (var i = 0; i < n; i++)
                {
                    var t = sentence.FirstToken + i;
                    annotations.Head[t] = heads[i] < 0 ? -1 : sentence.FirstToken + heads[i];
                    annotations.Deprel[t] = parser.Labels[labels[i]];
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(heads);
                ArrayPool<int>.Shared.Return(labels);
            }
        }
    }
}
