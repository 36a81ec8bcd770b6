namespace ArmsTrace.Core.Evaluation;

/// <summary>
/// Scores predicted claims against gold as ../shared/eval/README.md defines it: a prediction
/// matches a gold claim when the type agrees and both names are acceptable; optional gold neither
/// gains nor costs; a second name for a fact already counted is neither gain nor cost.
/// </summary>
public static class ClaimScorer
{
    public static DocumentScore Score(string document, IReadOnlyList<GoldClaim> gold, IReadOnlyList<PredictedClaim> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var norm = predicted
            .Select(p => p with { Subject = EvalNames.Normalize(p.Subject), Object = EvalNames.Normalize(p.Object), Item = EvalNames.Normalize(p.Item), Source = EvalNames.Normalize(p.Source) })
            .ToList();
        var falsePositives = norm
            .Where(p => !gold.Any(g => Matches(g, p)))
            .Select(p => (p.Type, p.Subject, p.Object))
            .Distinct()
            .Count();
        int found = 0, required = 0, stanceOk = 0, stanceN = 0, sourceOk = 0, sourceN = 0, itemOk = 0, itemN = 0;
        foreach (var g in gold.Where(g => g.Required))
        {
            required++;
            var matches = norm.Where(p => Matches(g, p)).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            found++;
            if (g.StancePairs is { } pairs)
            {
                stanceN++;
                sourceN++;
                var all = pairs.All(pair => matches.Any(p => p.CoarseStance == pair.Stance && p.Source is not null && pair.Sources.Contains(p.Source)));
                stanceOk += all || pairs.All(pair => matches.Any(p => p.CoarseStance == pair.Stance)) ? 1 : 0;
                sourceOk += all ? 1 : 0;
            }

            if (g.Stances is { } stances)
            {
                stanceN++;
                stanceOk += matches.Any(p => stances.Contains(p.CoarseStance)) ? 1 : 0;
            }

            if (g.Sources is { } sources)
            {
                sourceN++;
                sourceOk += matches.Any(p => p.Source is not null && sources.Contains(p.Source)) ? 1 : 0;
            }

            if (g.Items is { } items)
            {
                itemN++;
                itemOk += matches.Any(p => p.Item is not null && items.Contains(p.Item)) ? 1 : 0;
            }
        }

        return new DocumentScore(document, found, required, falsePositives, stanceOk, stanceN, sourceOk, sourceN, itemOk, itemN);
    }

    /// <summary>Whether one prediction matches any of the document's gold claims, required or optional.</summary>
    public static bool IsRight(IReadOnlyList<GoldClaim> gold, PredictedClaim predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var p = predicted with { Subject = EvalNames.Normalize(predicted.Subject), Object = EvalNames.Normalize(predicted.Object) };
        return gold.Any(g => Matches(g, p));
    }

    private static bool Matches(GoldClaim g, PredictedClaim p) =>
        g.Type == p.Type && g.Subjects.Contains(p.Subject) && g.Objects.Contains(p.Object);

    /// <summary>Gold "doc" keys are file-name stems or their prefix before "_": "000" for "000_295d.txt".</summary>
    public static bool IsSameDocument(string goldDoc, string documentKey)
    {
        var stem = Path.GetFileNameWithoutExtension(documentKey);
        return stem == goldDoc || stem.StartsWith(goldDoc + "_", StringComparison.Ordinal);
    }
}
