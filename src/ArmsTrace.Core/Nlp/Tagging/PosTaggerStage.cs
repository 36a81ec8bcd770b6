using System.Buffers;
using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Nlp.Tagging;

/// <summary>Fills UPOS, XPOS and lemma for every token, sentence by sentence.</summary>
internal sealed class PosTaggerStage : IPipelineStage
{
    private static readonly Layer[] NeedsLayers = [Layer.Tokens, Layer.Sentences];
    private static readonly Layer[] AddsLayers = [Layer.PartsOfSpeech];

    private readonly Tagger _tagger;

    public PosTaggerStage(Tagger tagger)
    {
        _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));
    }

    public string Name => "pos-tagger/1";

    public IReadOnlyList<Layer> Needs => NeedsLayers;

    public IReadOnlyList<Layer> Adds => AddsLayers;

    public IReadOnlyList<Layer> Amends => [];

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var annotations = context.Annotations;
        foreach (var sentence in context.Sentences)
        {
            var n = sentence.TokenCount;
            if (n == 0)
            {
                continue;
            }

            var atoms = ArrayPool<WordAtoms>.Shared.Rent(n);
            var upos = ArrayPool<int>.Shared.Rent(n);
            var xpos = ArrayPool<int>.Shared.Rent(n);
            try
            {
                for (var i = 0; i < n; i++)
                {
                    atoms[i] = WordAtoms.Compute(context.TokenText(sentence.FirstToken + i));
                }

                _tagger.Tag(atoms.AsSpan(0, n), upos.AsSpan(0, n), xpos.AsSpan(0, n));
                for (var i = 0; i < n; i++)
                {
                    var t = sentence.FirstToken + i;
                    var fine = _tagger.XposTags[xpos[i]];
                    annotations.Upos[t] = _tagger.UposTags[upos[i]];
                    annotations.Xpos[t] = fine;
                    annotations.Lemma[t] = _tagger.Lemmatizer.Lemmatize(context.TokenText(t), fine);
                }
            }
            finally
            {
                ArrayPool<WordAtoms>.Shared.Return(atoms);
                ArrayPool<int>.Shared.Return(upos);
                ArrayPool<int>.Shared.Return(xpos);
            }
        }
    }
}
