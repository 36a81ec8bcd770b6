using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Trees;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Claims.Finders.Structure;

/// <summary>"ORG of ORG" and "ORG's ORG" (part of), and facilities "in PLACE" (located in).</summary>
internal sealed class StructureFinder(Gazetteer gazetteer) : IClaimFinder
{
    public string Name => "structure";

    public void Find(SentenceScope s, DependencyTree tree, List<ClaimDraft> found)
    {
        var ms = s.Mentions;
        for (var i = 0; i < ms.Count; i++)
        {
            var a = ms[i];
            if (!EntityKinds.IsBody(a.Type))
            {
                continue;
            }

            // "the Qods Force of the IRGC"
            var j = a.EndToken;
            if (s.Is(j, "of"))
            {
                var b = ms.FirstOrDefault(m => m.FirstToken == j + 1 || (m.FirstToken == j + 2 && s.Is(j + 1, "the")));
                if (b is not null && b.Type == EntityType.Organization && b.Key != a.Key)
                {
                    found.Add(new ClaimDraft(ClaimType.PartOf, a, b, null, j));
                }
            }

            // "IRGC's extra-territorial Qods Force", "the Revolutionary Guards' UAV Command"
            if (s.Is(j, "'s", "’s", "'", "’"))
            {
                var b = ms.FirstOrDefault(m => m.FirstToken > j && m.FirstToken <= j + 3 && m.Type == EntityType.Organization);
                if (b is not null && b.Key != a.Key && Enumerable.Range(j + 1, b.FirstToken - j - 1).All(k => s.Context.Tokens[k].Shape == TokenShape.Lower))
                {
                    found.Add(new ClaimDraft(ClaimType.PartOf, b, a, null, j));
                }
            }
        }

        foreach (var f in ms.Where(m => m.Type == EntityType.Facility))
        {
            // "a drone base in Kashan" as one name: the place is inside it.
            if (PlaceInside(s, f) is { } inside)
            {
                found.Add(new ClaimDraft(ClaimType.LocatedIn, f, inside, null, f.FirstToken));
                continue;
            }

            var inWord = s.FindWord(f.EndToken, "in", 12);
            if (inWord < 0)
            {
                continue;
            }

            var place = ms.Where(m => m.FirstToken > inWord && m.FirstToken <= inWord + 4 && m.Type is EntityType.Place or EntityType.Country)
                .OrderBy(m => m.Type == EntityType.Place ? 0 : 1).FirstOrDefault();
            if (place is not null)
            {
                found.Add(new ClaimDraft(ClaimType.LocatedIn, f, place, null, inWord));
            }
        }
    }

    private Mention? PlaceInside(SentenceScope s, Mention facility)
    {
        for (var k = facility.FirstToken; k < facility.EndToken - 1; k++)
        {
            if (!s.Is(k, "in", "near"))
            {
                continue;
            }

            for (var j = facility.EndToken - 1; j > k; j--)
            {
                foreach (var n in gazetteer.MatchSingle(s.Context.TokenText(j)))
                {
                    if (n.Entry.Type == EntityType.Place)
                    {
                        var token = s.Context.Tokens[j];
                        return new Mention(new TextSpan(token.Start, token.End), j, j + 1, EntityType.Place, MentionKind.Name, n.Entry.Key, n.Entry.Name);
                    }
                }
            }
        }

        return null;
    }
}
