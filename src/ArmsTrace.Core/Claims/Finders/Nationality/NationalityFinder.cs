using System.Collections.Frozen;
using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Trees;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Claims.Finders.Nationality;

/// <summary>
/// Where a company is from, as the text introduces it: "Turkish defence company Baykar", "China's
/// Asia Pacific Links Ltd.", "a Chinese company, Xiamen Limbach", "Kupol, a Russian manufacturer".
/// The country gives a located_in fact.
/// </summary>
internal sealed class NationalityFinder : IClaimFinder
{
    public string Name => "nationality";

    private const int MaxDescriptorWords = 3;

    private readonly FrozenSet<string> _heads = Lexicon.Table("descriptive-heads.txt")
        .Where(p => p.Value == "organization")
        .Select(p => p.Key)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void Find(SentenceScope s, DependencyTree tree, List<ClaimDraft> found)
    {
        foreach (var firm in s.Mentions)
        {
            if (firm.Kind != MentionKind.Name || !EntityKinds.IsBody(firm.Type))
            {
                continue;
            }

            if ((Before(s, firm) ?? After(s, firm)) is { } country)
            {
                found.Add(new ClaimDraft(ClaimType.LocatedIn, firm, country, null, firm.FirstToken));
            }
        }
    }

    /// <summary>"Turkish defence company Baykar", "Russian SMT-iLogic", "a Chinese company, Xiamen Limbach".</summary>
    private Mention? Before(SentenceScope s, Mention firm)
    {
        var k = firm.FirstToken - 1;

        // "China's Asia Pacific Links Ltd.": a possessive state before a name the knowledge base lacks.
        if (s.Is(k, "'s", "’s"))
        {
            return EntityKey.IsName(firm.Key) && s.MentionAt(k - 1) is { Type: EntityType.Country, Kind: MentionKind.Name } owner
                && owner.EndToken == k ? owner : null;
        }

        var comma = s.Is(k, ",");
        if (comma)
        {
            k--;
        }

        var descriptors = 0;
        while (k > s.Sentence.FirstToken && descriptors < MaxDescriptorWords && s.Context.Tokens[k].Shape == TokenShape.Lower && s.MentionAt(k) is null)
        {
            k--;
            descriptors++;
        }

        // A head noun says the name is a company's ("Turkish defence company Baykar"); without one
        // the word before may be part of the name ("Ukrainian Armed Forces") or end a list.
        if (descriptors == 0 || !_heads.Contains(s.Word(firm.FirstToken - (comma ? 2 : 1))))
        {
            return null;
        }

        return s.MentionAt(k) is { Type: EntityType.Country } country && country.EndToken == k + 1 ? country : null;
    }

    /// <summary>"Kupol, a Russian manufacturer", "Baykar, the Turkish drone maker".</summary>
    private Mention? After(SentenceScope s, Mention firm)
    {
        var k = firm.EndToken;
        if (!s.Is(k, ",") || !s.Is(k + 1, "a", "an", "the"))
        {
            return null;
        }

        if (s.MentionAt(k + 2) is not { Type: EntityType.Country, Kind: MentionKind.Demonym } country)
        {
            return null;
        }

        for (var j = country.EndToken; j < Math.Min(s.Sentence.EndToken, country.EndToken + MaxDescriptorWords); j++)
        {
            if (_heads.Contains(s.Word(j)))
            {
                return country;
            }

            if (s.Context.Tokens[j].Shape != TokenShape.Lower)
            {
                return null;
            }
        }

        return null;
    }
}
