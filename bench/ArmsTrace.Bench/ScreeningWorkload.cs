using ArmsTrace.Core.Matching;
using ArmsTrace.Training.Synthetic;

namespace ArmsTrace.Bench;

/// <summary>
/// Generated list entries and queries with known answers: three in four queries are spelling
/// variants of an entry (transliteration, title, word order, case), the rest names of nobody listed.
/// </summary>
internal sealed record ScreeningWorkload(ScreeningIndex Index, IReadOnlyList<ScreenEntry> Entries, IReadOnlyList<(string Name, string? Target)> Queries)
{
    public static ScreeningWorkload Create(int entries, int queries, int seed = 11)
    {
        var names = new SyntheticNames(seed);
        var list = names.Entries(entries).ToList();
        var index = new ScreeningIndex(list);
        var q = new List<(string, string?)>(queries);
        for (var i = 0; i < queries; i++)
        {
            if (i % 4 == 3)
            {
                q.Add((names.Stranger(), null));
            }
            else
            {
                var target = list[(int)((i * 2654435761L) % list.Count)];
                q.Add((names.Variant(target.Name), target.Id));
            }
        }

        return new ScreeningWorkload(index, list, q);
    }
}
