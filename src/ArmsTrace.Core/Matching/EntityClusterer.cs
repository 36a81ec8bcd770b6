using System.Globalization;

namespace ArmsTrace.Core.Matching;

/// <summary>
/// Proposes merges between entities the knowledge base does not know, across documents: by name
/// (every mention text against every other, through a <see cref="ScreeningIndex"/>), and by
/// context: the types must agree and shared claim neighbours add weight. Two knowledge-base
/// entries are never merged (the knowledge base says they differ), and a match through a
/// one-word name needs a shared neighbour as well, so a shared short alias alone never merges.
/// </summary>
internal static class EntityClusterer
{
    private const double NeighbourBonus = 0.02;
    private const int LongSingleWord = 6;

    public static IReadOnlyList<MergeProposal> Propose(IReadOnlyList<ClusterItem> items, double minScore = NameMatch.Threshold)
    {
        ArgumentNullException.ThrowIfNull(items);
        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var index = new ScreeningIndex(items.Select(i => new ScreenEntry(i.Key, i.Name, [.. i.Names.Where(n => n != i.Name)], i.Type, null, null, "graph")));
        var best = new Dictionary<(string, string), MergeProposal>();
        foreach (var item in items.Where(i => !i.IsKnown))
        {
            foreach (var name in item.Names)
            {
                foreach (var hit in index.Screen(name, new MatchFacts(item.Type), 5, minScore - (3 * NeighbourBonus)))
                {
                    var other = byKey[hit.Entry.Id];
                    if (ReferenceEquals(other, item) || Judge(item, name, other, hit) is not { } proposal)
                    {
                        continue;
                    }

                    var pair = string.CompareOrdinal(item.Key, other.Key) < 0 ? (item.Key, other.Key) : (other.Key, item.Key);
                    if (proposal.Score >= minScore && (!best.TryGetValue(pair, out var seen) || seen.Score < proposal.Score))
                    {
                        best[pair] = proposal;
                    }
                }
            }
        }

        return [.. best.Values.OrderByDescending(p => p.Score).ThenBy(p => p.LeftKey, StringComparer.Ordinal)];
    }

    private static MergeProposal? Judge(ClusterItem item, string name, ClusterItem other, ScreenHit hit)
    {
        var shared = item.Neighbours.Intersect(other.Neighbours, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var words = Math.Min(PreparedName.From(name).Words.Count, PreparedName.From(hit.MatchedName).Words.Count);
        if (words < 2 && (shared.Count == 0 || name.Count(char.IsLetter) < LongSingleWord || PreparedName.From(name).Acronym is not null))
        {
            return null;
        }

        var reasons = new List<string> { $"'{name}' ~ '{hit.MatchedName}'" };
        reasons.AddRange(hit.Reasons);
        if (item.Type == other.Type)
        {
            reasons.Add("same type " + item.Type.ToString().ToLowerInvariant());
        }

        if (shared.Count > 0)
        {
            reasons.Add($"shares {shared.Count.ToString(CultureInfo.InvariantCulture)} neighbour(s): {string.Join(", ", shared.Take(3))}");
        }

        var score = Math.Min(1, hit.Score + (NeighbourBonus * Math.Min(3, shared.Count)));
        var (left, right) = other.IsKnown ? (other.Key, item.Key) : (item.Key, other.Key);
        return new MergeProposal(left, right, Math.Round(score, 3), reasons);
    }
}
