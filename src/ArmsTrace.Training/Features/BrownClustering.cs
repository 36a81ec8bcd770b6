using ArmsTrace.Core.Nlp.Features;

namespace ArmsTrace.Training.Features;

/// <summary>
/// Brown et al.'s class-based bigram clustering with Liang's window: words enter in order of
/// frequency, each into a cluster of its own, and whenever there are one more than
/// <c>window</c> clusters the pair whose merge loses the least average mutual information of
/// adjacent clusters is merged. Once every word is in, the remaining clusters are merged down to
/// one, which gives each of them a bit string; prefixes of the bit string are classes of coarser
/// granularity. Merge losses are kept for every pair and updated incrementally, so one step costs
/// O(window²) rather than O(window³).
/// </summary>
internal sealed class BrownClustering
{
    /// <summary>Counts below this have <c>n log n</c> tabulated: a table look-up instead of a logarithm in the inner loops.</summary>
    private const int Tabulated = 1 << 18;

    private static readonly Lazy<double[]> NLogN = new(() =>
    {
        var table = new double[Tabulated];
        for (var i = 1; i < table.Length; i++)
        {
            table[i] = i * Math.Log(i);
        }

        return table;
    });

    private readonly double[] _nLogN = NLogN.Value;
    private readonly int _slots;
    private readonly double _total;
    private readonly double _logTotal;
    private readonly double[] _count;
    private readonly double[] _logCount;
    private readonly double[] _pair;
    private readonly double[] _q;
    private readonly double[] _loss;
    private readonly List<int> _active = [];
    private readonly double[] _mergedRow;
    private readonly double[] _mergedColumn;
    private readonly double[] _qRow;
    private readonly double[] _qColumn;

    private BrownClustering(int window, double total)
    {
        _slots = window + 1;
        _total = total;
        _logTotal = Math.Log(total);
        _count = new double[_slots];
        _logCount = new double[_slots];
        _pair = new double[_slots * _slots];
        _q = new double[_slots * _slots];
        _loss = new double[_slots * _slots];
        _mergedRow = new double[_slots];
        _mergedColumn = new double[_slots];
        _qRow = new double[_slots];
        _qColumn = new double[_slots];
    }

    /// <summary>
    /// Clusters the lower-cased words seen at least <paramref name="minCount"/> times; the classes
    /// of each word are its bit-string prefixes of the given lengths.
    /// </summary>
    public static WordClusters Learn(IEnumerable<IReadOnlyList<string>> sentences, int window, int minCount, IReadOnlyList<int> prefixLengths, Action<string>? log = null)
    {
        var lowered = sentences.Select(s => s.Select(w => w.ToLowerInvariant()).ToArray()).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in lowered)
        {
            foreach (var w in s)
            {
                frequency[w] = frequency.GetValueOrDefault(w) + 1;
            }
        }

        var words = frequency.Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key)
            .ToArray();
        var idOf = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            idOf[words[i]] = i;
        }

        var bigrams = new Dictionary<(int, int), int>();
        long tokens = 0;
        foreach (var s in lowered)
        {
            var previous = -1;
            foreach (var w in s)
            {
                var id = idOf.GetValueOrDefault(w, -1);
                tokens += id >= 0 ? 1 : 0;
                if (previous >= 0 && id >= 0)
                {
                    bigrams[(previous, id)] = bigrams.GetValueOrDefault((previous, id)) + 1;
                }

                previous = id;
            }
        }

        var right = new List<(int Word, int Count)>[words.Length];
        var left = new List<(int Word, int Count)>[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            right[i] = [];
            left[i] = [];
        }

        foreach (var ((a, b), c) in bigrams.OrderBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2))
        {
            right[a].Add((b, c));
            left[b].Add((a, c));
        }

        window = Math.Min(window, words.Length);
        var clustering = new BrownClustering(window, tokens);
        var slotOfWord = new int[words.Length];
        Array.Fill(slotOfWord, -1);
        var members = new List<int>[window + 1];
        for (var s = 0; s < members.Length; s++)
        {
            members[s] = [];
        }

        for (var w = 0; w < words.Length; w++)
        {
            var slot = clustering.FreeSlot();
            slotOfWord[w] = slot;
            members[slot].Add(w);
            clustering.Add(slot, frequency[words[w]], right[w], left[w], slotOfWord, w);
            if (clustering._active.Count > window)
            {
                var (a, b) = clustering.Best();
                clustering.Merge(a, b);
                foreach (var m in members[b])
                {
                    slotOfWord[m] = a;
                }

                members[a].AddRange(members[b]);
                members[b].Clear();
            }

            if (log is not null && (w + 1) % 2000 == 0)
            {
                log($"word clusters: {w + 1} of {words.Length} words placed");
            }
        }

        // Merging the last clusters down to one builds the tree whose paths are the bit strings.
        var path = new string[clustering._slots];
        var node = new List<(int Left, int Right)>();
        var nodeOfSlot = new int[clustering._slots];
        var leafOfSlot = new int[clustering._slots];
        Array.Fill(nodeOfSlot, -1);
        foreach (var s in clustering._active)
        {
            nodeOfSlot[s] = node.Count;
            leafOfSlot[s] = node.Count;
            node.Add((-1, -1));
        }

        while (clustering._active.Count > 1)
        {
            var (a, b) = clustering.Best();
            clustering.Merge(a, b);
            node.Add((nodeOfSlot[a], nodeOfSlot[b]));
            nodeOfSlot[a] = node.Count - 1;
        }

        var bits = new string[node.Count];
        bits[^1] = "";
        for (var n = node.Count - 1; n >= 0; n--)
        {
            var (l, r) = node[n];
            if (l >= 0)
            {
                bits[l] = bits[n] + "0";
                bits[r] = bits[n] + "1";
            }
        }

        for (var s = 0; s < path.Length; s++)
        {
            path[s] = nodeOfSlot[s] >= 0 ? bits[leafOfSlot[s]] : "";
        }

        var rowOf = new Dictionary<ulong, int>(words.Length);
        var classes = new int[words.Length * WordClusters.Levels];
        for (var w = 0; w < words.Length; w++)
        {
            var p = path[slotOfWord[w]];
            rowOf[FeatureHash.Lower(words[w])] = w;
            for (var level = 0; level < WordClusters.Levels; level++)
            {
                var length = Math.Min(Math.Min(prefixLengths[level], p.Length), 24);
                var code = 1;
                for (var i = 0; i < length; i++)
                {
                    code = (code << 1) | (p[i] - '0');
                }

                classes[(w * WordClusters.Levels) + level] = code;
            }
        }

        return new WordClusters(rowOf, classes);
    }

    private int FreeSlot()
    {
        for (var s = 0; s < _slots; s++)
        {
            if (!_active.Contains(s))
            {
                return s;
            }
        }

        throw new InvalidOperationException("No free cluster slot.");
    }

    /// <summary>
    /// Contribution of a pair of clusters to the mutual information, given the bigram count and
    /// the sum of the logarithms of the two cluster counts.
    /// </summary>
    private double Q(double pair, double logLeftRight)
    {
        if (pair <= 0)
        {
            return 0;
        }

        var nLogN = pair < Tabulated ? _nLogN[(int)pair] : pair * Math.Log(pair);
        return (nLogN + (pair * (_logTotal - logLeftRight))) / _total;
    }

    private void Add(int s, int count, List<(int Word, int Count)> right, List<(int Word, int Count)> left, int[] slotOfWord, int word)
    {
        var n = _slots;
        _count[s] = count;
        foreach (var x in _active)
        {
            _pair[(s * n) + x] = 0;
            _pair[(x * n) + s] = 0;
        }

        _pair[(s * n) + s] = 0;
        foreach (var (v, c) in right)
        {
            var sv = slotOfWord[v];
            if (sv >= 0)
            {
                _pair[(s * n) + sv] += c;
            }
        }

        foreach (var (u, c) in left)
        {
            var su = slotOfWord[u];
            if (su >= 0 && u != word)
            {
                _pair[(su * n) + s] += c;
            }
        }

        var logCount = Math.Log(count);
        _logCount[s] = logCount;
        _q[(s * n) + s] = Q(_pair[(s * n) + s], 2 * logCount);
        foreach (var x in _active)
        {
            _q[(s * n) + x] = Q(_pair[(s * n) + x], logCount + _logCount[x]);
            _q[(x * n) + s] = Q(_pair[(x * n) + s], _logCount[x] + logCount);
        }

        // Existing pairs now also lose (or keep) their terms with the new cluster.
        var active = _active.ToArray();
        Parallel.For(0, active.Length, a =>
        {
            var i = active[a];
            for (var b = a + 1; b < active.Length; b++)
            {
                var j = active[b];
                var into = _pair[(i * n) + s] + _pair[(j * n) + s];
                var from = _pair[(s * n) + i] + _pair[(s * n) + j];
                if (into == 0 && from == 0)
                {
                    continue;
                }

                var logIj = Math.Log(_count[i] + _count[j]);
                _loss[Index(i, j)] += _q[(i * n) + s] + _q[(s * n) + i] + _q[(j * n) + s] + _q[(s * n) + j]
                    - Q(into, logIj + logCount)
                    - Q(from, logCount + logIj);
            }
        });

        _active.Add(s);
        foreach (var x in _active)
        {
            if (x != s)
            {
                _loss[Index(x, s)] = LossOf(x, s);
            }
        }
    }

    private int Index(int i, int j) => i < j ? (i * _slots) + j : (j * _slots) + i;

    /// <summary>Mutual information lost by merging clusters <paramref name="i"/> and <paramref name="j"/>, from scratch.</summary>
    private double LossOf(int i, int j)
    {
        var n = _slots;
        var before = -_q[(i * n) + i] - _q[(j * n) + j] - _q[(i * n) + j] - _q[(j * n) + i];
        var logMerged = Math.Log(_count[i] + _count[j]);
        var after = Q(_pair[(i * n) + i] + _pair[(i * n) + j] + _pair[(j * n) + i] + _pair[(j * n) + j], 2 * logMerged);
        foreach (var x in _active)
        {
            before += _q[(i * n) + x] + _q[(x * n) + i] + _q[(j * n) + x] + _q[(x * n) + j];
            if (x != i && x != j)
            {
                after += Q(_pair[(i * n) + x] + _pair[(j * n) + x], logMerged + _logCount[x]) + Q(_pair[(x * n) + i] + _pair[(x * n) + j], _logCount[x] + logMerged);
            }
        }

        return before - after;
    }

    /// <summary>The active pair of least loss; ties go to the lowest slots, so the result never depends on timing.</summary>
    private (int A, int B) Best()
    {
        var best = double.MaxValue;
        var pick = (-1, -1);
        var active = _active.Order().ToArray();
        for (var a = 0; a < active.Length; a++)
        {
            for (var b = a + 1; b < active.Length; b++)
            {
                var l = _loss[Index(active[a], active[b])];
                if (l < best)
                {
                    best = l;
                    pick = (active[a], active[b]);
                }
            }
        }

        return pick;
    }

    /// <summary>Merges cluster <paramref name="b"/> into <paramref name="a"/>.</summary>
    private void Merge(int a, int b)
    {
        var n = _slots;
        var merged = _count[a] + _count[b];
        var logMerged = Math.Log(merged);
        var self = _pair[(a * n) + a] + _pair[(a * n) + b] + _pair[(b * n) + a] + _pair[(b * n) + b];
        foreach (var x in _active)
        {
            _mergedRow[x] = _pair[(a * n) + x] + _pair[(b * n) + x];
            _mergedColumn[x] = _pair[(x * n) + a] + _pair[(x * n) + b];
            _qRow[x] = Q(_mergedRow[x], logMerged + _logCount[x]);
            _qColumn[x] = Q(_mergedColumn[x], _logCount[x] + logMerged);
        }

        var others = _active.Where(x => x != a && x != b).ToArray();
        Parallel.For(0, others.Length, p =>
        {
            var i = others[p];
            for (var r = p + 1; r < others.Length; r++)
            {
                var j = others[r];
                var intoA = _pair[(i * n) + a] + _pair[(j * n) + a];
                var fromA = _pair[(a * n) + i] + _pair[(a * n) + j];
                var intoB = _pair[(i * n) + b] + _pair[(j * n) + b];
                var fromB = _pair[(b * n) + i] + _pair[(b * n) + j];
                if (intoA == 0 && fromA == 0 && intoB == 0 && fromB == 0)
                {
                    // No bigram joins i or j to a or b, so every term of the update is zero.
                    continue;
                }

                var logIj = Math.Log(_count[i] + _count[j]);
                var delta = -(_q[(i * n) + a] + _q[(a * n) + i] + _q[(j * n) + a] + _q[(a * n) + j]
                        + _q[(i * n) + b] + _q[(b * n) + i] + _q[(j * n) + b] + _q[(b * n) + j])
                    + Q(intoA, logIj + _logCount[a])
                    + Q(fromA, _logCount[a] + logIj)
                    + Q(intoB, logIj + _logCount[b])
                    + Q(fromB, _logCount[b] + logIj)
                    + _qColumn[i] + _qRow[i] + _qColumn[j] + _qRow[j]
                    - Q(_mergedColumn[i] + _mergedColumn[j], logIj + logMerged)
                    - Q(_mergedRow[i] + _mergedRow[j], logMerged + logIj);
                _loss[Index(i, j)] += delta;
            }
        });

        foreach (var x in others)
        {
            _pair[(a * n) + x] = _mergedRow[x];
            _pair[(x * n) + a] = _mergedColumn[x];
            _q[(a * n) + x] = _qRow[x];
            _q[(x * n) + a] = _qColumn[x];
        }

        _pair[(a * n) + a] = self;
        _count[a] = merged;
        _logCount[a] = logMerged;
        _q[(a * n) + a] = Q(self, 2 * logMerged);
        _active.Remove(b);
        foreach (var x in others)
        {
            _loss[Index(a, x)] = LossOf(a, x);
        }
    }
}
