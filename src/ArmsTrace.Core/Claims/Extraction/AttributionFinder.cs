using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Core.Claims.Extraction;

/// <summary>
/// Finds the speaker of reported speech: the actor before a reporting verb (after any closing
/// quote), "said X" after it, or the party after "according to".
/// </summary>
internal sealed class AttributionFinder
{

    public Attribution Find(SentenceScope s)
    {
        var first = s.Sentence.FirstToken;
        var end = s.Sentence.EndToken;
        for (var i = first; i < end - 1; i++)
        {
            if (s.Is(i, "according") && s.Is(i + 1, "to"))
            {
                var who = s.Mentions.FirstOrDefault(m => m.FirstToken > i + 1 && m.FirstToken <= i + 6 && SentenceScope.IsActor(m));
                return new Attribution(who, Stance.Reported, i);
            }
        }

        for (var i = first; i < end; i++)
        {
            // "the United States" holds the word "states" but says nothing.
            var word = s.Word(i);
            // ... and "reports of Russian attacks" is a noun.
            if (s.MentionAt(i) is not null || !ReportingVerbs.Stances.TryGetValue(word, out var stanceName)
                || s.Context.Annotations.Upos[i] is not (UposTags.Verb or UposTags.Aux))
            {
                continue;
            }

            var stance = ClaimNames.ParseStance(stanceName);
            var segmentStart = LastQuote(s, first, i);
            var speaker = s.Mentions
                .Where(m => m.FirstToken >= segmentStart && m.EndToken <= i && SentenceScope.IsActor(m) && !s.IsModifier(m) && !s.IsPrepositional(m))
                .OrderBy(m => m.Type == EntityType.Person ? 0 : 1)
                .ThenBy(m => m.FirstToken)
                .FirstOrDefault();
            speaker ??= s.Mentions.FirstOrDefault(m => m.FirstToken > i && m.FirstToken <= i + 3 && SentenceScope.IsActor(m));
            if (speaker is null && IsPronounBefore(s, i))
            {
                speaker = PreviousPerson(s);
            }

            return new Attribution(speaker, stance, i);
        }

        return new Attribution(null, null, -1);
    }

    private static bool IsPronounBefore(SentenceScope s, int verb) => s.Is(verb - 1, "he", "she") || s.Is(verb - 2, "he", "she");

    private static Mention? PreviousPerson(SentenceScope s) =>
        s.Context.Mentions.LastOrDefault(m => m.EndToken <= s.Sentence.FirstToken && m.Type == EntityType.Person);

    private static int LastQuote(SentenceScope s, int first, int verb)
    {
        for (var i = verb - 1; i >= first; i--)
        {
            if (s.Is(i, "\"", "”", "“"))
            {
                return i + 1;
            }
        }

        return first;
    }
}
