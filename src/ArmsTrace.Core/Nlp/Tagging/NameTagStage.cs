using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Nlp.Tagging;

/// <summary>
/// Corrects tags inside names the entity recogniser found: the tagger learned from web English
/// where "drones" is more often a verb than a weapon, and a parse built on that tag loses the
/// object. Words of a weapon or a proper name become nouns; function words inside names
/// ("Ministry of Defence") keep their tags.
/// </summary>
internal sealed class NameTagStage : IPipelineStage
{
    private static readonly Layer[] NeedsLayers = [Layer.PartsOfSpeech, Layer.Mentions];
    private static readonly Layer[] AddsLayers = [Layer.PartsOfSpeech];

    public string Name => "name-tags/1";

    public IReadOnlyList<Layer> Needs => NeedsLayers;

    public IReadOnlyList<Layer> Adds => AddsLayers;

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.HasAnnotations)
        {
            return;
        }

        var a = context.Annotations;
        foreach (var m in context.Mentions)
        {
            if (m.Kind is MentionKind.Demonym or MentionKind.Pronoun)
            {
                continue;
            }

            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                var token = context.Tokens[t];

                // A name covering part of a token ("Iran" in "Iran-backed") says nothing of the whole word.
                if (token.Start < m.Span.Start || token.End > m.Span.End
                    || token.Shape is not (TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Lower) && a.Upos[t] is "NUM" or "PUNCT"
                    || token.Shape == TokenShape.Lower && a.Upos[t] is "ADP" or "DET" or "CCONJ" or "PART" or "PRON")
                {
                    continue;
                }

                var plural = context.TokenText(t).EndsWith('s');
                if (token.Shape == TokenShape.Lower)
                {
                    if (a.Upos[t] != "NOUN" && (m.Type == EntityType.Weapon || t == m.EndToken - 1))
                    {
                        a.Upos[t] = "NOUN";
                        a.Xpos[t] = plural ? "NNS" : "NN";
                    }
                }
                else if (a.Upos[t] is not ("PROPN" or "NOUN") && !(a.Upos[t] == "ADJ" && t < m.EndToken - 1))
                {
                    a.Upos[t] = "PROPN";
                    a.Xpos[t] = "NNP";
                }
            }
        }
    }
}
