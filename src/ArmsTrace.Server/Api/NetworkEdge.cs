using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Server.Api;

/// <summary>
/// All claims of one type joining a subject to a target, drawn as one edge: how many, of which stances, the strongest
/// of them, and whether it is disputed (affirmed by some and denied by others, which one colour for "denied" would hide).
/// </summary>
/// <param name="Origins">Independent origins behind the fact (at least 1), for the edge's corroboration.</param>
internal sealed record NetworkEdge(
    string SubjectKey,
    string TargetKey,
    string Type,
    long Claims,
    IReadOnlyDictionary<string, long> Stances,
    string Strongest,
    bool Disputed,
    long Origins)
{
    /// <summary>Strongest first: what a reader should take the edge to say when its claims disagree in firmness.</summary>
    public static IReadOnlyList<string> StanceOrder { get; } = ["confirmed", "asserted", "reported", "alleged", "unconfirmed", "possible", "intended", "denied"];

    private static readonly string[] Affirming = ["confirmed", "asserted"];

    /// <summary>One edge per subject, target and type; the biggest first, so a capped drawing keeps the best supported.</summary>
    public static IReadOnlyList<NetworkEdge> Of(IEnumerable<EdgeTally> tallies, Func<string, string, string, long> origins) =>
        [.. tallies.GroupBy(t => (t.SubjectKey, t.TargetKey, t.Type))
            .Select(g =>
            {
                var stances = g.ToDictionary(t => t.Stance, t => t.Claims, StringComparer.Ordinal);
                var strongest = StanceOrder.FirstOrDefault(stances.ContainsKey) ?? g.First().Stance;
                var disputed = stances.ContainsKey("denied") && Affirming.Any(stances.ContainsKey);
                return new NetworkEdge(g.Key.SubjectKey, g.Key.TargetKey, g.Key.Type, stances.Values.Sum(), stances, strongest, disputed, origins(g.Key.SubjectKey, g.Key.Type, g.Key.TargetKey));
            })
            .OrderByDescending(e => e.Claims)
            .ThenBy(e => e.SubjectKey, StringComparer.Ordinal)
            .ThenBy(e => e.TargetKey, StringComparer.Ordinal)
            .ThenBy(e => e.Type, StringComparer.Ordinal)];
}
