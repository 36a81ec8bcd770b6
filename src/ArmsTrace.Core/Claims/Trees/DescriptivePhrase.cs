using System.Collections.Frozen;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Claims.Trees;

/// <summary>
/// A party or target described rather than named: "four Iranian companies", "a Dubai-based
/// procurement ring", "an army outpost". The noun phrase of the argument's head word becomes a
/// mention named by its own words and typed from the head noun (lexicons/descriptive-heads.txt),
/// instead of the country that modifies it: "sanctioned Chinese firms" did not sanction China.
/// </summary>
internal sealed class DescriptivePhrase
{
    private const int MaxTrailingTokens = 12;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Vague = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "other", "several", "many", "various", "certain", "such", "same", "some", "more", "additional", "further", "new", "numerous")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> _heads;

    public DescriptivePhrase()
    {
        _heads = Lexicon.Table("descriptive-heads.txt")
            .ToFrozenDictionary(p => p.Key, p => EntityTypeNames.Parse(p.Value.Trim()), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The phrase headed by <paramref name="t"/> as a mention, or null when its head is not a descriptive noun.</summary>
    /// <remarks>
    /// A bare definite noun ("the company") refers back and is left to the reference rules; the
    /// phrase takes the head's modifiers before it and a place phrase after it ("entities in
    /// China and Turkey") whose words are all names, commas and "and".
    /// </remarks>
    public Mention? Of(DependencyTree tree, int t)
    {
        if (tree.Upos(t) != UposTags.Noun || tree.MentionAt(t) is not null || !_heads.TryGetValue(tree.Lemma(t), out var type))
        {
            return null;
        }

        var first = t;
        var definite = false;
        var indefinite = false;
        foreach (var c in tree.Children(t))
        {
            var rel = tree.Rel(c);
            if (c < t && rel is Relations.Amod or Relations.Compound or Relations.Nummod or Relations.NmodNpmod or Relations.OblNpmod)
            {
                first = Math.Min(first, Leftmost(tree, c));
            }
            else if (rel == Relations.Det)
            {
                var article = tree.WordIs(c, "a") || tree.WordIs(c, "an");
                indefinite |= article;
                definite |= c < t && !article;
            }
        }

        // Only the words that run unbroken up to the head ("sanctions on [Chinese] entities" is
        // not one phrase), and not a leading quantifier ("other entities", "several companies").
        for (var k = t - 1; k >= first; k--)
        {
            if (tree.Upos(k) is UposTags.Adp or UposTags.Verb or UposTags.Aux or UposTags.Pron or UposTags.Det or UposTags.Sconj or UposTags.Cconj || tree.Upos(k) == UposTags.Punct && !tree.WordIs(k, "-"))
            {
                first = k + 1;
                break;
            }
        }

        while (first < t && Vague.Contains(tree.Word(first)))
        {
            first++;
        }

        // A bare plural or a bare definite noun ("companies", "the company") says too little to be
        // a party of its own; the reference rules may still find what it points back to. A place
        // phrase after it ("entities in Belarus") says enough.
        var end = PlaceTail(tree, t) ?? t + 1;
        if (first == t && end == t + 1 && (definite || tree.Xpos(t) == XposTags.Nns || !indefinite))
        {
            return null;
        }

        var context = tree.Context;
        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[end - 1].End);
        var name = context.Clean.Value.Substring(span.Start, span.Length);
        return new Mention(span, first, end, type, MentionKind.Nominal, EntityKey.ForPhrase(NameNormalizer.Normalize(name)), name);
    }

    /// <summary>
    /// "a Dubai-based procurement ring", "a base in Jordan": the places named inside a phrase this
    /// class made, where the thing it describes is. A nationality ("Iranian companies") is not a place.
    /// </summary>
    public static IEnumerable<Mention> PlacesIn(DependencyTree tree, Mention phrase)
    {
        if (!EntityKey.IsPhrase(phrase.Key))
        {
            yield break;
        }

        // A country before the head owns it ("a US base"); only "-based" and a place phrase after
        // the head ("in Jordan") say where it is.
        Mention? last = null;
        var afterHead = false;
        for (var k = phrase.FirstToken; k < phrase.EndToken; k++)
        {
            afterHead |= tree.WordIs(k, "in") || tree.WordIs(k, "from");
            var based = tree.Word(k).EndsWith("-based", StringComparison.OrdinalIgnoreCase);
            if (tree.MentionAt(k) is { Type: EntityType.Country or EntityType.Place, Kind: not MentionKind.Demonym } place && place != last && (afterHead || based))
            {
                last = place;
                yield return place;
            }
            else if (based && tree.MentionAt(k) is null && BasedIn(tree, k) is { } home)
            {
                yield return home;
            }
        }
    }

    /// <summary>"Dubai-based": the place before the suffix, which the recogniser leaves inside the word.</summary>
    private static Mention? BasedIn(DependencyTree tree, int k)
    {
        var token = tree.Context.Tokens[k];
        var name = tree.Context.Clean.Value.AsSpan(token.Start, token.End - token.Start - "-based".Length);
        foreach (var n in tree.Gazetteer.MatchSingle(name))
        {
            if (n.Entry.Type is EntityType.Place or EntityType.Country)
            {
                return new Mention(new TextSpan(token.Start, token.Start + name.Length), k, k + 1, n.Entry.Type, MentionKind.Name, n.Entry.Key, n.Entry.Name);
            }
        }

        return null;
    }

    private static int Leftmost(DependencyTree tree, int t)
    {
        var left = t;
        foreach (var c in tree.Children(t))
        {
            if (c < left)
            {
                left = Math.Min(left, Leftmost(tree, c));
            }
        }

        return left;
    }

    /// <summary>"entities in Georgia, Malaysia and Turkey": the end of a place phrase made only of names, or null.</summary>
    private static int? PlaceTail(DependencyTree tree, int t)
    {
        var k = t + 1;
        if (!tree.Contains(k) || !(tree.WordIs(k, "in") || tree.WordIs(k, "from")))
        {
            return null;
        }

        k++;
        int? end = null;
        while (tree.Contains(k) && k - t <= MaxTrailingTokens)
        {
            if (tree.MentionAt(k) is { Type: EntityType.Country or EntityType.Place } place)
            {
                k = place.EndToken;
                end = k;
                continue;
            }

            if (tree.WordIs(k, ",") || tree.WordIs(k, "and") || tree.WordIs(k, "the"))
            {
                k++;
                continue;
            }

            break;
        }

        return end;
    }
}
