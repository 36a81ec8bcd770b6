using System.Collections.Frozen;
using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Claims.Finders.Roles;

/// <summary>The body a title near a person's name says the person serves (lexicons/titles.txt).</summary>
internal sealed class TitleReader
{
    private readonly FrozenSet<string> _titles = Lexicon.Words("titles.txt");

    private bool IsTitleWord(SentenceScope s, int i) => _titles.Contains(s.Word(i));

    /// <summary>"Iranian Foreign Minister X", "Chief of Staff of the Iranian Armed Forces Major General X", "Islamic Jihad's leader X".</summary>
    public Mention? TitleBefore(SentenceScope s, Mention person, out bool sawTitle)
    {
        var k = person.FirstToken - 1;

        // "Iran's Supreme Leader Ali Khamenei", the title inside the name the knowledge base knows.
        sawTitle = IsTitleWord(s, person.FirstToken) && person.EndToken - person.FirstToken > 2;
        Mention? org = null;
        Mention? country = null;
        while (k >= s.Sentence.FirstToken && person.FirstToken - k < 14)
        {
            var m = s.MentionAt(k);
            if (m is not null && m != person)
            {
                // "[President Ebrahim] Raisi": an unknown first name cut off by an editor's bracket
                // is part of the name, not another person.
                if (m.Type == EntityType.Person && !(EntityKey.IsName(m.Key) && m.EndToken - m.FirstToken == 1 && s.Is(m.EndToken, "]")))
                {
                    break;
                }

                if (m.Type == EntityType.Person)
                {
                    k = m.FirstToken - 1;
                    continue;
                }

                // "Iran's envoy to Beijing, X": the body a title is sent to is not the one he serves.
                if (s.Is(m.FirstToken - 1, "to") || s.Is(m.FirstToken - 1, "the") && s.Is(m.FirstToken - 2, "to"))
                {
                    k = m.FirstToken - 1;
                    continue;
                }

                if (EntityKinds.IsBody(m.Type))
                {
                    org ??= m;
                }
                else if (m.Type == EntityType.Country)
                {
                    country ??= m;
                }

                k = m.FirstToken - 1;
                continue;
            }

            if (IsTitleWord(s, k) || s.Word(k).Contains('-', StringComparison.Ordinal) && _titles.Contains(s.Word(k).Split('-')[0]))
            {
                sawTitle = true;
                k--;
                continue;
            }

            // "Iran's ambassador to Moscow, Kazem Jalali": past the destination to the title.
            if (s.Is(k, ",") && k == person.FirstToken - 1 && s.MentionAt(k - 1) is { } destination && destination.EndToken == k
                && s.Is(destination.FirstToken - 1, "to") && IsTitleWord(s, destination.FirstToken - 2))
            {
                k = destination.FirstToken - 2;
                continue;
            }

            // "the commander of the IRGC Navy, Alireza Tangsiri", "Mali's Defence Minister, General
            // Sadio Camara": a title phrase set off by a comma.
            if (s.Is(k, ",") && (k == person.FirstToken - 1 && s.MentionAt(k - 1) is { } titled && EntityKinds.IsBody(titled.Type) && EntityKey.IsKnowledgeBase(titled.Key)
                || org is null && country is null && k > s.Sentence.FirstToken && IsTitleWord(s, k - 1)))
            {
                k--;
                continue;
            }

            // Editors' brackets and dashes ("[President Ebrahim] Raisi", "president -- Ebraham Raisi")
            // sit between a title and its name.
            // "Under Secretary for Terrorism and Financial Intelligence X": "and" between the
            // capitalised words of a title.
            if (s.Is(k, "of", "the", "for", "'s", "’s", "to", "[", "]", "--", "-", "—", "–") || s.Context.Tokens[k].Shape == TokenShape.Capitalized
                || (s.Is(k, "and", "&") && s.Context.Tokens[k + 1].Shape == TokenShape.Capitalized && k > s.Sentence.FirstToken && s.Context.Tokens[k - 1].Shape == TokenShape.Capitalized))
            {
                k--;
                continue;
            }

            // "its former notorious commander X", "EU foreign policy chief X"
            if (sawTitle && s.Context.Annotations.Upos[k] is UposTags.Adj or UposTags.Noun && s.Context.Tokens[k].Shape == TokenShape.Lower)
            {
                k--;
                continue;
            }

            if (s.Is(k, "its", "their") && sawTitle && org is null)
            {
                org = s.Mentions.LastOrDefault(m => m.EndToken <= k && EntityKinds.IsBody(m.Type));
            }

            break;
        }

        return sawTitle ? org ?? country : null;
    }

    /// <summary>"X, the deputy defense minister of Iran", "X, the head of Iran's Strategic Council".</summary>
    public Mention? AppositionAfter(SentenceScope s, Mention person)
    {
        var k = person.EndToken;
        if (!s.Is(k, ","))
        {
            return null;
        }

        k++;
        var sawTitle = false;
        Mention? org = null;
        Mention? country = null;
        while (k < s.Sentence.EndToken && k - person.EndToken < 16 && !s.Is(k, ",", ";", "\"", "”", "“", "who", "which"))
        {
            // "X, met Chinese officials": a verb after the comma starts the clause, not a title.
            if (s.Context.Annotations.Upos[k] is UposTags.Verb or UposTags.Aux)
            {
                break;
            }

            if (IsTitleWord(s, k))
            {
                sawTitle = true;
            }

            var m = s.MentionAt(k);
            if (m is not null && m.FirstToken == k)
            {
                if (m.Type == EntityType.Person)
                {
                    return null;
                }

                // "the commander of the IRGC's Quds Force": the body after the possessive; "China's
                // ambassador to the IAEA" works for China, not for the body he is sent to.
                if (EntityKinds.IsBody(m.Type) && !s.Is(k - 1, "to") && !(s.Is(k - 1, "the") && s.Is(k - 2, "to"))
                    && (org is null || (org.EndToken == k - 1 && s.Is(k - 1, "'s", "’s", "'", "’"))))
                {
                    org = m;
                }
                else if (m.Type == EntityType.Country && m.Kind != MentionKind.Name || m.Type == EntityType.Country)
                {
                    country ??= m;
                }

                k = m.EndToken;
                continue;
            }

            k++;
        }

        return sawTitle ? org ?? country : null;
    }

    /// <summary>"X became commander of the Qods Force".</summary>
    public Mention? BecameTitle(SentenceScope s, Mention person)
    {
        var k = person.EndToken;

        // "appointed X, as the new head of the Quds Force"
        if (s.Is(k, ",") && s.Is(k + 1, "as"))
        {
            k++;
        }

        if (!s.Is(k, "became", "is", "was", "remains", "becomes", "as"))
        {
            return null;
        }

        if (!Enumerable.Range(k + 1, 3).Any(i => i < s.Sentence.EndToken && IsTitleWord(s, i)))
        {
            return null;
        }

        var of = s.FindWord(k + 1, "of", 4);
        if (of < 0)
        {
            return null;
        }

        return s.Mentions.Where(m => m.FirstToken > of && m.FirstToken <= of + 6 && m.Type is EntityType.Organization or EntityType.Group or EntityType.Country)
            .OrderBy(m => m.Type == EntityType.Country ? 1 : 0).ThenByDescending(m => m.FirstToken).FirstOrDefault();
    }
}
