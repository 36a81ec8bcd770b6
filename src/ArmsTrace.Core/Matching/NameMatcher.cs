using System.Globalization;
using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Matching;

/// <summary>
/// Scores whether two names name the same thing. Words are paired best-first in any order; a
/// pair counts fully when the folded words agree, nearly when they are spellings of one name
/// (variant group or consonant skeleton) and less for a near spelling. Words left unpaired on
/// either side pull the score down, so a shared surname or a shared short word never suffices.
/// </summary>
internal static class NameMatcher
{
    private const double VariantScore = 0.95;
    private const double SkeletonScore = 0.9;
    private const double SpellingFloor = 0.88;

    public static NameMatch Compare(string a, string b, MatchFacts? factsA = null, MatchFacts? factsB = null) =>
        Compare(PreparedName.From(a), PreparedName.From(b), factsA, factsB);

    public static NameMatch Compare(PreparedName a, PreparedName b, MatchFacts? factsA = null, MatchFacts? factsB = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var reasons = new List<string>();
        foreach (var d in a.Dropped.Concat(b.Dropped).Distinct(StringComparer.Ordinal))
        {
            reasons.Add($"title '{d}' ignored");
        }

        var score = NameScore(a, b, reasons);
        score = ApplyFacts(score, factsA ?? MatchFacts.None, factsB ?? MatchFacts.None, reasons);
        return new NameMatch(Math.Round(Math.Clamp(score, 0, 1), 3), reasons);
    }

    private static double NameScore(PreparedName a, PreparedName b, List<string> reasons)
    {
        if (a.Words.Count == 0 || b.Words.Count == 0)
        {
            reasons.Add("a name has no words");
            return 0;
        }

        if (a.Words.Select(w => w.Text).SequenceEqual(b.Words.Select(w => w.Text), StringComparer.Ordinal))
        {
            reasons.Add("same name after folding case, accents and punctuation");
            return 1;
        }

        var joinedA = string.Concat(a.Words.Select(w => w.Text));
        var joinedB = string.Concat(b.Words.Select(w => w.Text));
        if (a.Words.Count != b.Words.Count && !a.Words.Concat(b.Words).Any(w => w.IsNumber))
        {
            if (string.Equals(joinedA, joinedB, StringComparison.Ordinal))
            {
                reasons.Add("same letters with words joined differently");
                return 0.97;
            }

            // "Gholamali" and "Qolam-Ali", "Safieddine" and "Safi al-Din": one name split and spelt differently.
            if (string.Equals(PhoneticKey.Of(joinedA), PhoneticKey.Of(joinedB), StringComparison.Ordinal) && joinedA.Length >= 6)
            {
                reasons.Add("same consonants with words joined differently");
                return 0.9;
            }
        }

        if ((AcronymOf(a, b) ?? AcronymOf(b, a)) is { } acronym)
        {
            reasons.Add(acronym);
            return 0.9;
        }

        var shorter = a.Words.Count <= b.Words.Count ? a : b;
        var longer = ReferenceEquals(shorter, a) ? b : a;
        var pairedLong = new bool[longer.Words.Count];
        var pairedShort = new bool[shorter.Words.Count];
        var matched = 0.0;
        var pairedMin = 0.0;
        var lastIndex = -1;
        var reordered = false;
        for (var i = 0; i < shorter.Words.Count; i++)
        {
            var best = -1;
            var bestScore = 0.0;
            string? bestReason = null;
            for (var j = 0; j < longer.Words.Count; j++)
            {
                if (pairedLong[j])
                {
                    continue;
                }

                var (s, why) = WordScore(shorter.Words[i], longer.Words[j]);
                if (s > bestScore)
                {
                    best = j;
                    bestScore = s;
                    bestReason = why;
                }
            }

            if (best < 0)
            {
                continue;
            }

            pairedLong[best] = true;
            pairedShort[i] = true;
            reordered |= best < lastIndex;
            lastIndex = best;
            pairedMin += Math.Min(shorter.Words[i].Weight, longer.Words[best].Weight);
            matched += Math.Min(shorter.Words[i].Weight, longer.Words[best].Weight) * bestScore;
            if (bestReason is not null)
            {
                reasons.Add(bestReason);
            }
        }

        var acronymWeight = LeftoverAcronym(shorter, pairedShort, longer, pairedLong, reasons) + LeftoverAcronym(longer, pairedLong, shorter, pairedShort, reasons);
        matched += acronymWeight;
        pairedMin += acronymWeight / 0.9;
        // Paired words count at the lighter weight of the two, so "Grup" against "Group" weighs no more than the word it pairs with.
        var unpairedShortWeight = shorter.Words.Where((w, i) => !pairedShort[i]).Sum(w => w.Weight);
        var unpairedLongWeight = longer.Words.Where((w, j) => !pairedLong[j]).Sum(w => w.Weight);
        var total = Math.Min(Math.Max(a.TotalWeight, b.TotalWeight), pairedMin + Math.Max(unpairedShortWeight, unpairedLongWeight));
        var score = total <= 0 ? 0 : matched / total;
        var unpairedShort = pairedShort.Count(p => !p);
        var unpairedLong = pairedLong.Count(p => !p);
        if (unpairedShort + unpairedLong > 0)
        {
            reasons.Add($"{pairedLong.Length - unpairedLong} of {pairedLong.Length} words agree");
        }

        if (unpairedShort > 0 && unpairedLong > 0)
        {
            // A word on each side with no partner is a substitution ("Technology" for "Industry"), stronger evidence of two things than a word added.
            score *= 0.9;
        }

        if (reordered)
        {
            reasons.Add("word order differs");
        }

        if (unpairedShort == 1 && unpairedLong == 1 && a.Words.Count >= 4 && a.Initials == b.Initials && score < 0.88)
        {
            // "International Revolutionary Guard Corps" is a misexpansion of IRGC, not another body.
            reasons.Add($"same initials '{a.Initials.ToUpperInvariant()}' with one word differing");
            score = 0.88;
        }

        var numbersA = a.Words.Where(w => w.IsNumber).Select(w => w.Text).Order(StringComparer.Ordinal);
        var numbersB = b.Words.Where(w => w.IsNumber).Select(w => w.Text).Order(StringComparer.Ordinal);
        if (!numbersA.SequenceEqual(numbersB, StringComparer.Ordinal))
        {
            var both = a.Words.Any(w => w.IsNumber) && b.Words.Any(w => w.IsNumber);
            reasons.Add(both ? "different model numbers" : "only one name has a model number");
            score = Math.Min(score, both ? 0.4 : 0.6);
        }

        return score;
    }

    private static string? AcronymOf(PreparedName acronym, PreparedName full) =>
        acronym.Acronym is { } letters && full.HasAcronym(letters)
            ? $"'{acronym.Original}' is the acronym of '{full.Original}'"
            : null;

    /// <summary>One unpaired word that spells the initials of the other side's unpaired words ("IRGC-QF" against "IRGC Quds Force").</summary>
    private static double LeftoverAcronym(PreparedName one, bool[] pairedOne, PreparedName other, bool[] pairedOther, List<string> reasons)
    {
        var loose = Enumerable.Range(0, one.Words.Count).Where(i => !pairedOne[i]).ToList();
        var rest = Enumerable.Range(0, other.Words.Count).Where(i => !pairedOther[i]).ToList();
        if (loose.Count != 1 || rest.Count < 2)
        {
            return 0;
        }

        var word = one.Words[loose[0]];
        var initials = string.Concat(rest.Select(i => other.Words[i].Text[0]));
        if (word.IsNumber || !string.Equals(word.Text, initials, StringComparison.Ordinal))
        {
            return 0;
        }

        pairedOne[loose[0]] = true;
        foreach (var i in rest)
        {
            pairedOther[i] = true;
        }

        reasons.Add($"'{word.Text.ToUpperInvariant()}' abbreviates '{string.Join(' ', rest.Select(i => other.Words[i].Text))}'");
        return 0.9 * rest.Sum(i => other.Words[i].Weight);
    }

    private static (double Score, string? Reason) WordScore(NameWord x, NameWord y)
    {
        if (string.Equals(x.Text, y.Text, StringComparison.Ordinal))
        {
            return (1, null);
        }

        if (x.IsNumber || y.IsNumber)
        {
            return (0, null);
        }

        if (x.Grouped && y.Grouped)
        {
            return string.Equals(x.Key, y.Key, StringComparison.Ordinal) ? (VariantScore, $"'{x.Text}' and '{y.Text}' are spellings of one name") : (0, null);
        }

        if (string.Equals(x.Skeleton, y.Skeleton, StringComparison.Ordinal) && x.Skeleton.Length >= 2)
        {
            return (SkeletonScore, $"'{x.Text}' and '{y.Text}' differ only in transliteration");
        }

        if (x.Text.Length >= 4 && y.Text.Length >= 4 && !(x.Grouped || y.Grouped))
        {
            var jw = JaroWinkler.Similarity(x.Text, y.Text);
            if (jw >= SpellingFloor && EditDistance.AtMostOne(x.Skeleton, y.Skeleton))
            {
                return (jw * 0.92, $"'{x.Text}' and '{y.Text}' are near spellings ({jw.ToString("0.00", CultureInfo.InvariantCulture)})");
            }
        }

        return (0, null);
    }

    private static double ApplyFacts(double score, MatchFacts a, MatchFacts b, List<string> reasons)
    {
        if (a.Type is { } ta && b.Type is { } tb && !Compatible(ta, tb))
        {
            reasons.Add($"types differ ({ta.ToName()} and {tb.ToName()})");
            score = Math.Min(score, 0.3);
        }

        if (CountryNames.Resolve(a.Country) is { } ca && CountryNames.Resolve(b.Country) is { } cb)
        {
            if (string.Equals(ca, cb, StringComparison.Ordinal))
            {
                reasons.Add("same country");
            }
            else
            {
                reasons.Add($"countries differ ({a.Country} and {b.Country})");
                score = Math.Min(score, 0.6);
            }
        }

        if (!string.IsNullOrWhiteSpace(a.BirthDate) && !string.IsNullOrWhiteSpace(b.BirthDate))
        {
            var da = a.BirthDate.Trim();
            var db = b.BirthDate.Trim();
            if (da.StartsWith(db, StringComparison.Ordinal) || db.StartsWith(da, StringComparison.Ordinal))
            {
                reasons.Add("birth date agrees");
                score = Math.Min(1, score + 0.03);
            }
            else
            {
                reasons.Add($"birth dates differ ({da} and {db})");
                score = Math.Min(score, 0.5);
            }
        }

        return score;
    }

    private static bool Compatible(EntityType a, EntityType b) =>
        a == b || a == EntityType.Other || b == EntityType.Other
        || (EntityKinds.IsBody(a) && EntityKinds.IsBody(b))
        || (a is EntityType.Place or EntityType.Facility && b is EntityType.Place or EntityType.Facility);
}
