using System.Collections.Frozen;
using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Claims.Trees;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Core.Claims.Finders.Compounds;

/// <summary>
/// Hyphenated compounds ("Iran-backed", "Chinese-made", "Iran-based"; lexicons/compound-suffixes.txt)
/// and "an Iranian proxy".
/// </summary>
internal sealed class CompoundFinder : IClaimFinder
{
    public string Name => "compound";

    private readonly FrozenDictionary<string, string> _compounds = Lexicon.Table("compound-suffixes.txt");
    private readonly TreeClaimFinder _trees;
    private readonly ReferenceResolver _resolver = new();

    public CompoundFinder(TreeClaimFinder trees)
    {
        _trees = trees;
    }

    public void Find(SentenceScope s, DependencyTree tree, List<ClaimDraft> found)
    {
        var fromPatterns = found.Count;
        FindCompounds(s, tree, found);

        // "Iranian-made drones, the air force said": the tree knows who speaks for the words of the compound too.
        for (var i = fromPatterns; i < found.Count; i++)
        {
            if (found[i].Attribution is null && _trees.Attribute(tree, found[i].Trigger) is { } a)
            {
                found[i] = found[i] with { Attribution = a };
            }
        }
    }

    private void FindCompounds(SentenceScope s, DependencyTree tree, List<ClaimDraft> found)
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
                // "the Iranian-backed group" with no mention on "group": what the noun points back to;
                // "Iranian-backed militants": the described party itself.
                if (type == ClaimType.Sponsor && ReferredGroup(s, tree, m.EndToken) is { } group)
                {
                    found.Add(new ClaimDraft(ClaimType.Sponsor, m, group, null, m.FirstToken));
                }

                continue;
            }

            switch (type)
            {
                case ClaimType.Sponsor when SentenceScope.IsParty(head):
                    foreach (var client in NamesAfter(s, head))
                    {
                        found.Add(new ClaimDraft(ClaimType.Sponsor, m, Referent(tree, client), null, m.FirstToken));
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
                if (PossessiveSponsor(s, tree, i) is { } claim)
                {
                    found.Add(claim);
                }

                continue;
            }

            var k = sponsor.FirstToken - 1;
            while (k > s.Sentence.FirstToken && s.Is(k, "an", "a", "the", "main", "key", "is", "are", ",", "was"))
            {
                k--;
            }

            // "Iranian proxy Hamas": the name after the noun when none comes before.
            var client = s.Mentions.LastOrDefault(m => m.EndToken == k + 1 && SentenceScope.IsParty(m))
                ?? s.Mentions.FirstOrDefault(m => m.FirstToken == i + 1 && m.Kind == MentionKind.Name && SentenceScope.IsParty(m));
            if (client is not null)
            {
                found.Add(new ClaimDraft(ClaimType.Sponsor, sponsor, client, null, i));
            }
        }
    }

    /// <summary>"its Lebanese proxy, Hezbollah", "Iran's ally the Houthis": the owner sponsors the name after the noun.</summary>
    private ClaimDraft? PossessiveSponsor(SentenceScope s, DependencyTree tree, int noun)
    {
        var owner = tree.FirstChild(noun, Relations.NmodPoss);
        var client = s.Mentions.FirstOrDefault(m => m.FirstToken > noun && m.FirstToken <= noun + 3 && m.Kind == MentionKind.Name && SentenceScope.IsParty(m)
            && Enumerable.Range(noun + 1, m.FirstToken - noun - 1).All(k => s.Is(k, ",", "the")));
        if (owner < 0 || client is null)
        {
            return null;
        }

        var sponsors = new List<Mention>();
        _resolver.Resolve(tree, owner, SlotKind.Party, sponsors);
        return sponsors is [{ } sponsor] && sponsor.Key != client.Key ? new ClaimDraft(ClaimType.Sponsor, sponsor, client, null, noun) : null;
    }

    private Mention? ReferredGroup(SentenceScope s, DependencyTree tree, int from)
    {
        for (var k = from; k < Math.Min(s.Sentence.EndToken, from + 2); k++)
        {
            if (tree.Upos(k) != UposTags.Noun || s.MentionAt(k) is not null)
            {
                continue;
            }

            var resolved = new List<Mention>();
            _resolver.Resolve(tree, k, SlotKind.Party, resolved);
            return resolved is [var named] && EntityKinds.IsBody(named.Type) ? named : null;
        }

        return null;
    }

    /// <summary>"the Iranian-backed group" after the article has named the Houthis: the group named.</summary>
    private Mention Referent(DependencyTree tree, Mention client)
    {
        if (client.Kind != MentionKind.Nominal)
        {
            return client;
        }

        var resolved = new List<Mention>();
        _resolver.Resolve(tree, client.EndToken - 1, SlotKind.Party, resolved);
        return resolved is [{ Kind: MentionKind.Name } named] ? named : client;
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
