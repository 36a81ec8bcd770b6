using ArmsTrace.Storage.Rows;

namespace ArmsTrace.Storage.Graph;

/// <summary>
/// Every shortest path between two entities over undirected edges, found breadth-first from both ends
/// at once, always growing the side with the smaller frontier: two steps from most entities reach the
/// hubs, and a walk from one end alone then reads the edges of everything within the path's length, where
/// two walks of half the length meet long before. The paths and their order are those a walk from
/// <c>from</c> alone finds: a node's predecessors are listed in the order of the first edge row joining
/// them, and edge rows come in the same order (most claims first, then the keys) whichever side reads them.
/// </summary>
internal sealed class PathSearch
{
    private readonly Func<IReadOnlyList<string>, IEnumerable<EdgeRow>> _touching;

    private readonly Dictionary<string, int> _fromStart = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _parents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fromEnd = new(StringComparer.Ordinal);

    /// <summary>For a node the end's walk reached, its neighbours one step further from the end, as predecessor candidates.</summary>
    private readonly Dictionary<string, List<string>> _awayFromEnd = new(StringComparer.Ordinal);
    private readonly List<List<string>> _endLevels = [];

    /// <param name="touching">The edges touching any of the keys, in the order of <see cref="GraphStatements.EdgesTouching"/>.</param>
    public PathSearch(Func<IReadOnlyList<string>, IEnumerable<EdgeRow>> touching)
    {
        _touching = touching;
    }

    /// <summary>
    /// Up to <paramref name="wanted"/> shortest paths as key sequences from <paramref name="from"/> to
    /// <paramref name="to"/>, or none when they are more than <paramref name="maxDepth"/> hops apart or the walks
    /// reach <paramref name="maxVisits"/> entities between them first.
    /// </summary>
    public List<List<string>> Shortest(string from, string to, int maxDepth, int maxVisits, int wanted)
    {
        if (from == to)
        {
            return [[from]];
        }

        _fromStart[from] = 0;
        _fromEnd[to] = 0;
        _endLevels.Add([to]);
        var startFrontier = new List<string> { from };
        var endFrontier = new List<string> { to };
        var startDepth = 0;
        var endDepth = 0;
        List<string> meeting = [];
        while (meeting.Count == 0)
        {
            if (startDepth + endDepth >= maxDepth || startFrontier.Count == 0 || endFrontier.Count == 0 || _fromStart.Count + _fromEnd.Count >= maxVisits)
            {
                return [];
            }

            if (startFrontier.Count <= endFrontier.Count)
            {
                startFrontier = GrowStart(startFrontier, ++startDepth);
                meeting = [.. startFrontier.Where(k => _fromEnd.GetValueOrDefault(k, -1) == endDepth)];
            }
            else
            {
                endFrontier = GrowEnd(endFrontier, ++endDepth);
                meeting = [.. endFrontier.Where(k => _fromStart.GetValueOrDefault(k, -1) == startDepth)];
            }
        }

        // Nodes between the meeting and the end lie on a shortest path when a neighbour one step further from
        // the end does; those neighbours are their predecessors, in the order the end's walk met them.
        var onPath = meeting.ToHashSet(StringComparer.Ordinal);
        for (var level = endDepth - 1; level >= 0; level--)
        {
            var here = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in _endLevels[level])
            {
                var before = _awayFromEnd.GetValueOrDefault(node)?.Where(onPath.Contains).ToList() ?? [];
                if (before.Count > 0)
                {
                    _parents[node] = before;
                    here.Add(node);
                }
            }

            onPath = here;
        }

        var sequences = new List<List<string>>();
        Unwind(to, from, [to], sequences, wanted);
        return sequences;
    }

    /// <summary>One level of the walk from the start: every predecessor at the shortest distance is kept.</summary>
    private List<string> GrowStart(List<string> frontier, int depth) => Grow(frontier, depth, _fromStart, _parents, underNext: true);

    /// <summary>One level of the walk from the end: each node keeps its neighbours one step further out, in edge order.</summary>
    private List<string> GrowEnd(List<string> frontier, int depth)
    {
        var next = Grow(frontier, depth, _fromEnd, _awayFromEnd, underNext: false);
        _endLevels.Add(next);
        return next;
    }

    /// <summary>
    /// One level of a breadth-first walk over undirected edges: the nodes first reached at
    /// <paramref name="depth"/>, each link between a frontier node and one of them recorded once in
    /// <paramref name="links"/>, under the new node (<paramref name="underNext"/>) or under the frontier node.
    /// </summary>
    private List<string> Grow(List<string> frontier, int depth, Dictionary<string, int> distance, Dictionary<string, List<string>> links, bool underNext)
    {
        var inFrontier = frontier.ToHashSet(StringComparer.Ordinal);
        var next = new List<string>();
        foreach (var edge in _touching(frontier))
        {
            foreach (var (here, there) in new[] { (edge.A, edge.B), (edge.B, edge.A) })
            {
                if (!inFrontier.Contains(here) || here == there)
                {
                    continue;
                }

                if (!distance.TryGetValue(there, out var d))
                {
                    distance[there] = depth;
                    next.Add(there);
                    d = depth;
                }

                if (d != depth)
                {
                    continue;
                }

                var (key, value) = underNext ? (there, here) : (here, there);
                var list = links.TryGetValue(key, out var l) ? l : links[key] = [];
                if (!list.Contains(value))
                {
                    list.Add(value);
                }
            }
        }

        return next;
    }

    private void Unwind(string node, string start, List<string> suffix, List<List<string>> into, int wanted)
    {
        if (into.Count >= wanted)
        {
            return;
        }

        if (node == start)
        {
            into.Add([.. Enumerable.Reverse(suffix)]);
            return;
        }

        foreach (var parent in _parents.GetValueOrDefault(node) ?? [])
        {
            suffix.Add(parent);
            Unwind(parent, start, suffix, into, wanted);
            suffix.RemoveAt(suffix.Count - 1);
        }
    }
}
