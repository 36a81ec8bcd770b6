using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace ArmsTrace.Core.Matching;

/// <summary>
/// Entries indexed for screening many names fast. Every name of every entry becomes a row of word
/// keys (variant group or consonant skeleton) in flat arrays, with a frozen posting list per key
/// and one per initials string for acronyms. A query reads the posting lists of its own keys,
/// adds up the weight of shared keys per row in reused scratch arrays (no allocation per
/// candidate), and scores only the best few rows fully with <see cref="NameMatcher"/>.
/// Queries without scratch of their own reuse the index's, so the index serves one such caller at
/// a time; callers on several threads at once pass each their own <see cref="ScreeningScratch"/>.
/// </summary>
internal sealed class ScreeningIndex
{
    /// <summary>Keys this common say little about a name; they are skipped unless a query has nothing rarer.</summary>
    private const int CommonKeyPostings = 20_000;
    private const float CandidateFloor = 0.5f;
    private const int FullyScored = 8;

    private readonly ScreenEntry[] _entries;
    private readonly int[] _rowEntry;
    private readonly int[] _rowNameIndex;
    private readonly float[] _rowWeight;
    private readonly FrozenDictionary<string, int> _keyIds;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;
    private readonly int[] _postingStart;
    private readonly int[] _postings;
    private readonly float[] _postingWeight;
    private readonly ScreeningScratch _scratch = new();

    public ScreeningIndex(IEnumerable<ScreenEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries];
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowEntry = new List<int>();
        var rowName = new List<int>();
        var rowWeight = new List<float>();
        var pairs = new List<(int Key, int Row, float Weight)>();
        for (var e = 0; e < _entries.Length; e++)
        {
            var entry = _entries[e];
            for (var n = -1; n < entry.Aliases.Count; n++)
            {
                var name = PreparedName.From(n < 0 ? entry.Name : entry.Aliases[n]);
                if (name.Words.Count == 0)
                {
                    continue;
                }

                var row = rowEntry.Count;
                rowEntry.Add(e);
                rowName.Add(n);
                rowWeight.Add(name.TotalWeight);
                foreach (var w in name.Words)
                {
                    pairs.Add((KeyId(keyIds, w.Key), row, w.Weight));
                }

                if (name.Words.Count >= 2)
                {
                    pairs.Add((KeyId(keyIds, "!" + name.Initials), row, name.TotalWeight));
                }
            }
        }

        _rowEntry = [.. rowEntry];
        _rowNameIndex = [.. rowName];
        _rowWeight = [.. rowWeight];
        _keyIds = keyIds.ToFrozenDictionary(StringComparer.Ordinal);
        _keyLookup = _keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _postingStart = new int[keyIds.Count + 1];
        foreach (var p in pairs)
        {
            _postingStart[p.Key + 1]++;
        }

        for (var k = 0; k < keyIds.Count; k++)
        {
            _postingStart[k + 1] += _postingStart[k];
        }

        _postings = new int[pairs.Count];
        _postingWeight = new float[pairs.Count];
        var fill = (int[])_postingStart.Clone();
        foreach (var p in pairs)
        {
            var at = fill[p.Key]++;
            _postings[at] = p.Row;
            _postingWeight[at] = p.Weight;
        }
    }

    public int Count => _entries.Length;

    public int Rows => _rowEntry.Length;

    /// <summary>The best entries for <paramref name="name"/>, best first, each once, scoring at least <paramref name="minScore"/>.</summary>
    public IReadOnlyList<ScreenHit> Screen(string name, MatchFacts? facts = null, int limit = 10, double minScore = NameMatch.Threshold) =>
        Screen(name, _scratch, facts, limit, minScore);

    /// <summary>The best entries for <paramref name="name"/>, found in the working space of <paramref name="scratch"/>.</summary>
    public IReadOnlyList<ScreenHit> Screen(string name, ScreeningScratch scratch, MatchFacts? facts = null, int limit = 10, double minScore = NameMatch.Threshold)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(scratch);
        var query = PreparedName.From(name);
        var found = Candidates(query, scratch);
        if (found == 0)
        {
            return [];
        }

        var best = Top(scratch, found, FullyScored);
        var scored = new List<(int Entry, ScreenHit Hit)>(best.Length);
        foreach (var row in best)
        {
            var entry = _entries[_rowEntry[row]];
            var surface = _rowNameIndex[row] < 0 ? entry.Name : entry.Aliases[_rowNameIndex[row]];
            var match = NameMatcher.Compare(query, PreparedName.From(surface), facts, entry.Facts);
            if (match.Score >= minScore)
            {
                scored.Add((_rowEntry[row], new ScreenHit(entry, surface, match.Score, match.Reasons)));
            }
        }

        // Stable sort, so among equal scores the row the blocking ranked higher stays first.
        var hits = scored.OrderByDescending(s => s.Hit.Score).DistinctBy(s => s.Entry).Select(s => s.Hit).Take(limit).ToList();
        return hits;
    }

    /// <summary>Whether any entry scores at least <paramref name="minScore"/>; the hot path of bulk screening.</summary>
    public ScreenHit? Best(string name, MatchFacts? facts = null, double minScore = NameMatch.Threshold)
    {
        var hits = Screen(name, facts, 1, minScore);
        return hits.Count == 0 ? null : hits[0];
    }

    private int Candidates(PreparedName query, ScreeningScratch scratch)
    {
        scratch.Begin(_rowEntry.Length);
        var (stamp, score, candidates, generation) = (scratch.Stamp, scratch.Score, scratch.Candidates, scratch.Generation);

        Span<int> keys = stackalloc int[Math.Min(query.Words.Count + 1, 32)];
        Span<float> weights = stackalloc float[keys.Length];
        var count = 0;
        for (var i = 0; i < query.Words.Count && count < keys.Length - 1; i++)
        {
            if (_keyLookup.TryGetValue(query.Words[i].Key, out var id))
            {
                keys[count] = id;
                weights[count++] = query.Words[i].Weight;
            }
        }

        if (query.Acronym is { } acronym && LookupInitials(acronym) is { } initialsId)
        {
            keys[count] = initialsId;
            weights[count++] = float.MaxValue;
        }

        if (count == 0)
        {
            return 0;
        }

        var rarest = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            rarest = Math.Min(rarest, Length(keys[i]));
        }

        var queryWeight = Math.Max(query.TotalWeight, 1f);
        var found = 0;
        for (var i = 0; i < count; i++)
        {
            var k = keys[i];
            if (Length(k) > CommonKeyPostings && Length(k) > rarest)
            {
                continue;
            }

            var rows = _postings.AsSpan(_postingStart[k], Length(k));
            var rowWeights = _postingWeight.AsSpan(_postingStart[k], Length(k));
            for (var p = 0; p < rows.Length; p++)
            {
                var r = rows[p];
                if (stamp[r] != generation)
                {
                    stamp[r] = generation;
                    score[r] = 0;
                    candidates[found++] = r;
                }

                score[r] += Math.Min(weights[i], rowWeights[p]);
            }
        }

        var kept = 0;
        for (var c = 0; c < found; c++)
        {
            var r = candidates[c];
            var s = score[r] / Math.Max(queryWeight, _rowWeight[r]);
            if (s >= CandidateFloor)
            {
                score[r] = s;
                candidates[kept++] = r;
            }
        }

        return kept;
    }

    private int? LookupInitials(string acronym)
    {
        Span<char> buffer = stackalloc char[acronym.Length + 1];
        buffer[0] = '!';
        acronym.AsSpan().CopyTo(buffer[1..]);
        return _keyLookup.TryGetValue(buffer, out var id) ? id : null;
    }

    private int Length(int key) => _postingStart[key + 1] - _postingStart[key];

    /// <summary>The <paramref name="take"/> best-scoring candidate rows, best first.</summary>
    private static int[] Top(ScreeningScratch scratch, int found, int take)
    {
        var score = scratch.Score;
        var span = scratch.Candidates.AsSpan(0, found);
        var n = Math.Min(take, found);
        for (var i = 0; i < n; i++)
        {
            var bestAt = i;
            for (var j = i + 1; j < span.Length; j++)
            {
                if (score[span[j]] > score[span[bestAt]])
                {
                    bestAt = j;
                }
            }

            (span[i], span[bestAt]) = (span[bestAt], span[i]);
        }

        return span[..n].ToArray();
    }

    private static int KeyId(Dictionary<string, int> ids, string key)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out var exists);
        if (!exists)
        {
            id = ids.Count - 1;
        }

        return id;
    }
}
