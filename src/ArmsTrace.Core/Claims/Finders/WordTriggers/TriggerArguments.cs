using System.Collections.Frozen;
using ArmsTrace.Core.Claims.Drafts;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Claims.Finders.WordTriggers;

/// <summary>The parties and item of one trigger word, read off the word order by its frame.</summary>
internal static class TriggerArguments
{
    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "is", "are", "was", "were", "be", "been", "being", "'s");
    private static readonly FrozenSet<string> Adverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "not", "also", "already", "reportedly", "allegedly", "then", "being", "been", "now", "still", "directly", "recently", "later", "eventually", "never", "previously", "largely", "mostly", "first", "n't");
    private static readonly FrozenSet<string> Participles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "sold", "sent", "built", "made", "given", "bought", "struck", "hit", "flown", "got");

    public static void Apply(SentenceScope s, int t, Trigger trigger, List<ClaimDraft> found)
    {
        var passive = trigger.Frame != TriggerFrame.Noun && IsPassive(s, t);
        var byAgent = FirstAfter(s, t, "by", SentenceScope.IsParty);
        switch (trigger.Type, trigger.Frame)
        {
            case (ClaimType.Supply, TriggerFrame.Forward):
            {
                var item = ItemAfter(s, t) ?? (passive ? s.LeftSubjects(t, SentenceScope.IsWeapon).LastOrDefault() : null);
                var recipients = AfterWord(s, t, "to", SentenceScope.IsParty);
                if (recipients.Count == 0 && !passive)
                {
                    recipients = s.RightObjects(t + 1, SentenceScope.IsParty, 3);
                }

                var suppliers = passive ? (byAgent is null ? [] : [byAgent]) : s.LeftSubjects(t, SentenceScope.IsParty);
                if (passive && recipients.Count == 0)
                {
                    recipients = s.LeftSubjects(t, SentenceScope.IsParty);
                }

                AddAll(found, ClaimType.Supply, suppliers, recipients, item, t);
                break;
            }

            case (ClaimType.Supply, TriggerFrame.Reverse):
            {
                var suppliers = AfterWord(s, t, "from", SentenceScope.IsParty);
                var recipients = s.LeftSubjects(t, SentenceScope.IsParty);
                var item = ItemAfter(s, t) ?? s.LeftSubjects(t, SentenceScope.IsWeapon).LastOrDefault();
                AddAll(found, ClaimType.Supply, suppliers, recipients, item, t);
                break;
            }

            case (ClaimType.Supply, TriggerFrame.With):
            {
                var recipients = s.RightObjects(t + 1, SentenceScope.IsParty, 4);
                var item = FirstAfter(s, t, "with", SentenceScope.IsWeapon);
                AddAll(found, ClaimType.Supply, passive ? [] : s.LeftSubjects(t, SentenceScope.IsParty), recipients, item, t);
                break;
            }

            case (ClaimType.Supply, TriggerFrame.Noun):
            {
                var suppliers = s.LeftSubjects(t, SentenceScope.IsParty);
                var recipients = AfterWord(s, t, "to", SentenceScope.IsParty);
                AddAll(found, ClaimType.Supply, suppliers, recipients, FirstAfter(s, t, "of", SentenceScope.IsWeapon) ?? ItemAfter(s, t), t);
                break;
            }

            case (ClaimType.Sanction, TriggerFrame.Noun):
            {
                var adjacent = s.Mentions.LastOrDefault(m => m.EndToken == t && SentenceScope.IsParty(m));
                var sanctioners = adjacent is not null ? [adjacent] : byAgent is not null ? [byAgent] : s.LeftSubjects(t, SentenceScope.IsParty);
                var targets = AfterWord(s, t, "against", SentenceScope.IsParty);
                if (targets.Count == 0)
                {
                    targets = AfterWord(s, t, "on", SentenceScope.IsParty);
                }

                if (targets.Count == 0 && s.RelativeHead(t, SentenceScope.IsParty) is { } head)
                {
                    targets = [head];
                }

                AddAll(found, ClaimType.Sanction, sanctioners, targets, null, t);
                break;
            }

            case (ClaimType.Attack, TriggerFrame.Noun):
            {
                var adjacent = s.Mentions.LastOrDefault(m => m.EndToken >= t - 2 && m.EndToken <= t && SentenceScope.IsParty(m));
                if (adjacent is null)
                {
                    break;
                }

                var targets = s.RightObjects(t + 1, m => SentenceScope.IsParty(m) || m.Type == EntityType.Place, 8);
                AddAll(found, ClaimType.Attack, [adjacent], targets.Take(1).ToList(), null, t);
                break;
            }

            case (ClaimType.Meeting, _):
            {
                var subjects = s.LeftSubjects(t, m => m.Type == EntityType.Person);
                var others = s.Mentions.Where(m => m.FirstToken > t && m.Type == EntityType.Person && !s.Is(m.FirstToken - 1, "by") && !s.Is(m.FirstToken - 2, "by")).ToList();
                AddAll(found, ClaimType.Meeting, subjects, others, null, t);
                break;
            }

            case (ClaimType.Visit, _):
            {
                var visitors = trigger.Frame == TriggerFrame.Noun ? (byAgent is null ? [] : [byAgent]) : s.LeftSubjects(t);
                var places = s.RightObjects(t + 1, m => m.Type is EntityType.Place or EntityType.Facility or EntityType.Country, 6);
                AddAll(found, ClaimType.Visit, visitors, places.Take(1).ToList(), null, t);
                break;
            }

            case (_, TriggerFrame.Forward):
            {
                Func<Mention, bool> objectKind = trigger.Type switch
                {
                    ClaimType.Manufacture or ClaimType.Use => SentenceScope.IsWeapon,
                    ClaimType.Attack => m => SentenceScope.IsParty(m) || m.Type is EntityType.Place or EntityType.Weapon,
                    _ => SentenceScope.IsParty,
                };
                Func<Mention, bool> subjectKind = trigger.Type == ClaimType.Manufacture ? SentenceScope.IsActor : SentenceScope.IsParty;
                List<Mention> subjects;
                List<Mention> objects;
                if (passive)
                {
                    subjects = byAgent is null ? [] : [byAgent];
                    objects = s.LeftSubjects(t, objectKind);
                }
                else
                {
                    subjects = s.LeftSubjects(t, subjectKind);
                    objects = s.RightObjects(t + 1, objectKind, 10);
                    if (objects.Count == 0 && s.RelativeHead(t, objectKind) is { } head)
                    {
                        objects = [head];
                    }

                    if (objects.Count == 0 && trigger.Type == ClaimType.Use)
                    {
                        objects = RelativeObject(s, t, objectKind);
                    }
                }

                AddAll(found, trigger.Type, subjects, objects, null, t);
                break;
            }
        }
    }

    private static bool IsPassive(SentenceScope s, int t)
    {
        var word = s.Word(t);
        var participle = word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Participles.Contains(word);
        if (!participle)
        {
            return false;
        }

        var k = t - 1;
        while (k >= s.Sentence.FirstToken && Adverbs.Contains(s.Word(k)))
        {
            k--;
        }

        if (k >= s.Sentence.FirstToken && BeForms.Contains(s.Word(k)))
        {
            return true;
        }

        // Reduced relative: "drones supplied to the Houthis", "materials imported from China".
        return k >= s.Sentence.FirstToken && s.Context.Tokens[k].Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps
            && !s.Is(k, "has", "have", "had", "they", "it", "he", "she", "we", "who", "which", "that")
            && (s.MentionAt(k) is not null || s.Context.Tokens[k].Shape == TokenShape.Lower)
            && (s.FindWord(t + 1, "by", 6) > 0 || s.FindWord(t + 1, "to", 4) > 0 || s.FindWord(t + 1, "from", 4) > 0);
    }

    /// <summary>"those UAVs that these proxies use": the object stands before "that".</summary>
    private static List<Mention> RelativeObject(SentenceScope s, int t, Func<Mention, bool> accept)
    {
        for (var i = t - 1; i > s.Sentence.FirstToken; i--)
        {
            if (s.Is(i, "that", "which"))
            {
                var m = s.Mentions.LastOrDefault(m => m.EndToken == i && accept(m));
                return m is null ? [] : [m];
            }
        }

        return [];
    }

    private static Mention? ItemAfter(SentenceScope s, int t) =>
        s.Mentions.FirstOrDefault(m => m.FirstToken > t && m.FirstToken <= t + 8 && SentenceScope.IsWeapon(m) && !s.CrossesBarrier(t, m.FirstToken));

    private static Mention? FirstAfter(SentenceScope s, int t, string word, Func<Mention, bool> accept)
    {
        var w = s.FindWord(t + 1, word, 12);
        return w < 0 ? null : s.Mentions.FirstOrDefault(m => m.FirstToken > w && m.FirstToken <= w + 4 && accept(m));
    }

    private static List<Mention> AfterWord(SentenceScope s, int t, string word, Func<Mention, bool> accept)
    {
        var w = s.FindWord(t + 1, word, 12);
        if (w < 0)
        {
            return [];
        }

        var objects = s.RightObjects(w + 1, accept, 5);
        return objects.Count > 0 && objects[0].FirstToken <= w + 4 ? objects : [];
    }

    private static void AddAll(List<ClaimDraft> found, ClaimType type, IReadOnlyList<Mention> subjects, IReadOnlyList<Mention> objects, Mention? item, int trigger)
    {
        foreach (var subject in subjects)
        {
            if (objects.Count == 0 && type == ClaimType.Supply && item is not null)
            {
                found.Add(new ClaimDraft(type, subject, null, item, trigger));
            }

            foreach (var obj in objects)
            {
                found.Add(new ClaimDraft(type, subject, obj, type == ClaimType.Supply ? item : null, trigger));
            }
        }
    }
}
