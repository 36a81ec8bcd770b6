using System.Collections.Frozen;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Nlp.Tagging;

/// <summary>
/// Corrects tags inside names the entity recogniser found: the tagger learned from web English
/// where "drones" is more often a verb than a weapon, and a parse built on that tag loses the
/// object. Words of a weapon or a proper name become nouns; function words inside names
/// ("Ministry of Defence") keep their tags. A party compound ("Iranian-made", "Iran-backed") is an
/// adjective.
/// </summary>
internal sealed class NameTagStage : IPipelineStage
{
    private static readonly Layer[] NeedsLayers = [Layer.PartsOfSpeech, Layer.Mentions];
    private static readonly Layer[] AmendsLayers = [Layer.PartsOfSpeech];

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _compoundSuffixes =
        Lexicon.Table("compound-suffixes.txt").GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "name-tags/1";

    public IReadOnlyList<Layer> Needs => NeedsLayers;

    public IReadOnlyList<Layer> Adds => [];

    public IReadOnlyList<Layer> Amends => AmendsLayers;

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var a = context.Annotations;
        foreach (var m in context.Mentions)
        {
            if (PartyCompound(context, m) is var compound and >= 0)
            {
                // "Hong Kong-based": the words before the hyphenated one are the name's.
                for (var t = m.FirstToken; t < compound; t++)
                {
                    a.Upos[t] = UposTags.Propn;
                    a.Xpos[t] = XposTags.Nnp;
                }

                a.Upos[compound] = UposTags.Adj;
                a.Xpos[compound] = XposTags.Jj;
                continue;
            }

            if (m.Kind is MentionKind.Demonym or MentionKind.Pronoun)
            {
                continue;
            }

            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                var token = context.Tokens[t];

                // A name covering part of a token ("Iran" in "Iran-backed") says nothing of the whole word.
                if (token.Start < m.Span.Start || token.End > m.Span.End
                    || token.Shape is not (TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Lower) && a.Upos[t] is UposTags.Num or UposTags.Punct
                    || token.Shape == TokenShape.Lower && a.Upos[t] is UposTags.Adp or UposTags.Det or UposTags.Cconj or UposTags.Part or UposTags.Pron)
                {
                    continue;
                }

                var plural = context.TokenText(t).EndsWith('s');
                if (token.Shape == TokenShape.Lower)
                {
                    if (a.Upos[t] != UposTags.Noun && (m.Type == EntityType.Weapon || t == m.EndToken - 1))
                    {
                        a.Upos[t] = UposTags.Noun;
                        a.Xpos[t] = plural ? XposTags.Nns : XposTags.Nn;
                    }
                }
                else if (a.Upos[t] is not (UposTags.Propn or UposTags.Noun) && !(a.Upos[t] == UposTags.Adj && t < m.EndToken - 1))
                {
                    a.Upos[t] = UposTags.Propn;
                    a.Xpos[t] = XposTags.Nnp;
                }
            }
        }
    }

    /// <summary>
    /// The token of "Iranian-made", "Chinese-built", "Iran-backed" (the last token of "Hong
    /// Kong-based") when the mention is its party half: the word is an adjective, though the
    /// tagger, not knowing it, reads it as anything from a preposition to a proper noun and the
    /// drones it describes lose their verb. -1 otherwise.
    /// </summary>
    private int PartyCompound(AnalysisContext context, Mention m)
    {
        var t = m.EndToken - 1;
        var token = context.Tokens[t];
        if (context.Tokens[m.FirstToken].Start != m.Span.Start || token.End <= m.Span.End || context.Clean.Value[m.Span.End] != '-')
        {
            return -1;
        }

        var rest = context.Clean.Value.AsSpan(m.Span.End + 1, token.End - m.Span.End - 1);
        return _compoundSuffixes.ContainsKey(rest) ? t : -1;
    }
}
