using System.Collections.Frozen;
using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Trees;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Claims.Finders.Compounds;

/// <summary>
/// Hyphenated compounds ("Iran-backed", "Chinese-made"; lexicons/compound-suffixes.txt) and
/// "an Iranian proxy".
/// </summary>
internal sealed class CompoundFinder : IClaimFinder
{
    private readonly FrozenDictionary<string, string> _compounds = Lexicon.Table("compound-suffixes.txt");
    private readonly TreeClaimFinder _trees;

    public CompoundFinder(TreeClaimFinder trees)
    {
        _trees = trees;
    }

    public void Find(SentenceScope s, DependencyTree? tree, List<ClaimDraft> found)
    {
        var fromPatterns = found.Count;
        FindCompounds(s, found);
        if (tree is not null)
        {
            // "Iranian-made drones, the air force said": the tree knows who speaks for the words of the compound too.
            for (var i = fromPatterns; i < found.Count; i++)
            {
                if (found[i].Attribution is null && _trees.Attribute(tree, found[i].Trigger) is { } a)
                {
                    found[i] = found[i] with { Attribution = a };
                }
            }
        }
    }

    private void FindCompounds(SentenceScope s, List<ClaimDraft> found)
    {
        foreach (var m in s.Mentions)
        {
            // "Hong Kong-based": the suffix is on the mention's last token.
            var token = s.Context.Tokens[m.EndToken - 1];
            if (m.Span.End >= token.End || s.Context.Clean.Value[m.Span.End] != '-')
            {
                continue;
            }

            var suffix = s.Context.Clean.Value.AsSpan(m.Span.End + 1, token.End - m.Span.End - 1);
            if (!_compounds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(suffix, out var typeName) || ClaimNames.ParseType(typeName) is not { } type)
            {
                continue;
            }

            // "Iran-backed forces in Iraq": a name past a preposition is where they are, not who.
            var head = s.Mentions.FirstOrDefault(o => o.FirstToken > m.FirstToken && o.FirstToken <= m.EndToken + 2
                && !Enumerable.Range(m.EndToken, Math.Max(0, o.FirstToken - m.EndToken)).Any(k => s.Is(k, "in", "of", "from", "at", "on", "near", "across", "inside", "to", ",")));
            if (head is null)
            {
                continue;
            }

            switch (type)
            {
                case ClaimType.Sponsor when SentenceScope.IsParty(head):
                    foreach (var client in NamesAfter(s, head))
                    {
                        found.Add(new ClaimDraft(ClaimType.Sponsor, m, client, null, m.FirstToken));
                    }

                    break;
                case ClaimType.LocatedIn when head.Kind == MentionKind.Name && head.Type is EntityType.Organization or EntityType.Group or EntityType.Facility:
                    // "Iran-based Pishgam Electronic Safeh Company"; described parties ("Dubai-based
                    // suppliers") get theirs from the phrase.
                    found.Add(new ClaimDraft(ClaimType.LocatedIn, head, m, null, m.FirstToken));
                    break;
                case ClaimType.Manufacture when SentenceScope.IsWeapon(head):
                    found.Add(new ClaimDraft(ClaimType.Manufacture, m, head, null, m.FirstToken));
                    break;
                case ClaimType.Supply when SentenceScope.IsWeapon(head):
                    var recipient = s.LeftSubjects(m.FirstToken, SentenceScope.IsParty).LastOrDefault();
                    if (recipient is not null)
                    {
                        found.Add(new ClaimDraft(ClaimType.Supply, m, recipient, head, m.FirstToken));
                    }

                    break;
            }
        }

        // "Islamic Jihad is an Iranian proxy", "Hezbollah, an Iranian proxy".
        for (var i = s.Sentence.FirstToken + 1; i < s.Sentence.EndToken; i++)
        {
            if (!s.Is(i, "proxy", "proxies", "ally", "client"))
            {
                continue;
            }

            var sponsor = s.Mentions.LastOrDefault(m => m.EndToken == i && m.Kind == MentionKind.Demonym);
            if (sponsor is null)
            {
                continue;
            }

            var k = sponsor.FirstToken - 1;
            while (k > s.Sentence.FirstToken && s.Is(k, "an", "a", "the", "main", "key", "is", "are", ",", "was"))
            {
                k--;
            }

            var client = s.Mentions.LastOrDefault(m => m.EndToken == k + 1 && SentenceScope.IsParty(m));
            if (client is not null)
            {
                found.Add(new ClaimDraft(ClaimType.Sponsor, sponsor, client, null, i));
            }
        }
    }

    /// <summary>
    /// "Iran-backed militia groups Kataib Hezbollah and Kataib Sayyid al-Shuhada": the names that
    /// follow a described head are what it describes; otherwise the head itself.
    /// </summary>
    private static List<Mention> NamesAfter(SentenceScope s, Mention head)
    {
        var names = new List<Mention>();
        var k = head.EndToken;
        while (head.Kind == MentionKind.Nominal && k < s.Sentence.EndToken)
        {
            var next = s.MentionAt(k);
            if (next is { Kind: MentionKind.Name } && next.FirstToken == k && SentenceScope.IsParty(next))
            {
                names.Add(next);
                k = next.EndToken;
                continue;
            }

            if (names.Count > 0 && s.Is(k, "and", ","))
            {
                k++;
                continue;
            }

            break;
        }

        return names.Count > 0 ? names : [head];
    }
}
