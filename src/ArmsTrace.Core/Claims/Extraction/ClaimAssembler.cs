using System.Globalization;
using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Trees;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Claims.Extraction;

/// <summary>
/// Turns a sentence's drafts into claims: settles who says each (the tree's speaker, else the
/// sentence's), the stance, the quantity and the time.
/// </summary>
internal sealed class ClaimAssembler
{
    private static readonly Attribution Unattributed = new(null, null, -1);

    private readonly AttributionFinder _attribution = new();
    private readonly StanceCues _stanceCues = new();
    private readonly MoneyAmounts _money = new();

    /// <returns>The sentence's attribution, which a quote opening the next sentence carries on.</returns>
    public Attribution Add(SentenceScope s, DependencyTree tree, List<ClaimDraft> found, Attribution? previous)
    {
        var attribution = _attribution.Find(s);
        if (attribution.Source is null && previous?.Source is not null && StartsWithQuote(s))
        {
            attribution = previous;
        }

        var time = s.FindTime();
        foreach (var d in found.DistinctBy(d => (d.Type, d.Subject.Key, d.Object?.Key, d.Item?.Key)))
        {
            Emit(s, tree, d, attribution, time);
        }

        return attribution;
    }

    private static bool StartsWithQuote(SentenceScope s) => s.Is(s.Sentence.FirstToken, "\"", "“");

    private void Emit(SentenceScope s, DependencyTree tree, ClaimDraft d, Attribution sentenceAttribution, ClaimTime? time)
    {
        // A claim needs both ends to be an edge of the graph; "China sells drones" names no buyer.
        // A state is supplied, not sponsored, and is no thing located somewhere ("US forces based
        // in Iraq" stand for the US).
        if (d.Object is null || d.Object.Key == d.Subject.Key
            || (d.Type == ClaimType.Sponsor && d.Object.Type == EntityType.Country)
            || (d.Type == ClaimType.LocatedIn && d.Subject.Type == EntityType.Country))
        {
            return;
        }

        // Titles and appositions ("X, the head of Y, said") are the writer's own framing of who
        // someone is, not part of what the speaker says. And a reporting verb the tree did not find
        // above the trigger governs another clause ("X announced the exports while the UN sanctions
        // ended"); only a quote carried over from the sentence before still speaks for it.
        var fromThisSentence = sentenceAttribution.VerbToken >= s.Sentence.FirstToken;
        var a = d.Attribution ?? (d.Type is ClaimType.Role or ClaimType.PartOf or ClaimType.LocatedIn || fromThisSentence ? Unattributed : sentenceAttribution);

        // The tree found the reporting verb but lost its subject in a misparse; the words still tell.
        // Only the subject before that same verb counts: "said the Lebanese group had" names no speaker.
        // A passive one ("the Houthis are reported to have received") has no speaker before it.
        if (a.Source is null && d.Attribution is not null && sentenceAttribution.Source is { } wordSource
            && sentenceAttribution.VerbToken == a.VerbToken && wordSource.EndToken <= a.VerbToken
            && !Enumerable.Range(wordSource.EndToken, a.VerbToken - wordSource.EndToken).Any(t => s.Context.Annotations.Upos[t] is UposTags.Verb)
            && !PredicateArguments.IsPassive(tree, a.VerbToken))
        {
            a = a with { Source = sentenceAttribution.Source };
        }

        // The tree has read the verbs and modals that govern the trigger; a verb cue in another
        // clause ("Iran denies arming X and says the movement makes its own", "it would intensify
        // efforts to counter the production of drones") is not ours.
        var verb = a.VerbToken;
        Func<int, bool> otherClause = t => t != verb && s.Context.Annotations.Upos[t] is UposTags.Verb or UposTags.Aux;
        var cue = d.OwnStance ?? _stanceCues.Find(s, s.Sentence.FirstToken, Math.Min(s.Sentence.EndToken, d.Trigger + 2), otherClause);
        var stance = cue ?? a.Stance ?? Stance.Asserted;
        if (a.Stance is Stance.Denied or Stance.Confirmed or Stance.Unconfirmed && cue is null or Stance.Alleged or Stance.Reported)
        {
            stance = a.Stance.Value;
        }

        var source = a.Source is { } src ? s.Ref(src) : null;
        // How many of the item first; failing that, what the deal was worth.
        var quantity = d.Quantity ?? (d.Item is not null ? FindQuantity(s, d.Item) : null) ?? (d.Type == ClaimType.Supply ? _money.Find(s) : null);
        s.Context.Claims.Add(new Claim(
            d.Type,
            s.Ref(d.Subject),
            d.Object is null ? null : s.Ref(d.Object),
            d.Item is null ? null : s.Ref(d.Item),
            quantity,
            d.Type is ClaimType.Role or ClaimType.PartOf or ClaimType.LocatedIn ? null : time,
            source,
            stance,
            s.Sentence.Span,
            ClaimExtractorStage.Version)
        {
            Basis = new ClaimBasis(d.Finder, s.Word(d.Trigger), s.Sentence.EndToken - s.Sentence.FirstToken),
        });
    }

    private static ClaimQuantity? FindQuantity(SentenceScope s, Mention item)
    {
        var k = item.FirstToken - 1;
        while (k >= s.Sentence.FirstToken && s.Context.Tokens[k].Shape is TokenShape.Lower or TokenShape.Capitalized && !s.Is(k, "of", "to", "from", "with"))
        {
            if (item.FirstToken - k > 3)
            {
                return null;
            }

            k--;
        }

        if (k < s.Sentence.FirstToken || s.Context.Tokens[k].Shape != TokenShape.Number)
        {
            return null;
        }

        var text = s.Word(k);
        return decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
            ? new ClaimQuantity(v, item.CanonicalName, text + " " + s.Context.Clean.Slice(item.Span).ToString())
            : null;
    }
}
