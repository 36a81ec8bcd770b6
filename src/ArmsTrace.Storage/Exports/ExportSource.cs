using ArmsTrace.Core.Knowledge;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Exports;

/// <summary>Reads what an <see cref="ExportQuery"/> selects from the graph and adds the knowledge base's facts to its entities.</summary>
public sealed class ExportSource
{
    private readonly IEvidenceGraph _graph;
    private readonly KnowledgeBase _kb;

    public ExportSource(IEvidenceGraph graph, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(kb);
        _graph = graph;
        _kb = kb;
    }

    /// <exception cref="KeyNotFoundException">The query names an entity the graph does not hold.</exception>
    public ExportData Read(ExportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.EntityKey is null)
        {
            var claims = new ClaimQuery(query.Types, query.Involving, query.Stances, query.SourceKey, query.From, query.To, AsOf: query.AsOf);
            return new ExportData(_graph.StreamEntities(claims).Select(Enrich), _graph.StreamClaims(claims));
        }

        // A neighbourhood is capped in nodes, so it is small enough to hold; reading it through the
        // network view's own query keeps the export and the picture the same.
        var n = _graph.Neighbourhood(query.EntityKey, new NeighbourhoodQuery(query.Depth, query.Types, query.Stances, query.From, query.To, query.MaxNodes, AsOf: query.AsOf));
        var byDocument = n.Claims.OrderBy(c => c.DocumentKey, StringComparer.Ordinal).ThenBy(c => c.Id).ToList();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var c in byDocument)
        {
            foreach (var key in new[] { c.SubjectKey, c.ObjectKey, c.ItemKey, c.SourceKey }.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var node in n.Nodes)
        {
            counts.TryAdd(node.Key, 0);
        }

        var entities = _graph.Entities(counts.Keys)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => Enrich(e with { Claims = counts[e.Key] }))
            .ToList();
        return new ExportData(entities, byDocument);
    }

    private ExportEntity Enrich(StoredEntity e)
    {
        var kb = _kb.FindByKey(e.Key);
        var country = kb?.Country is { } id ? _kb.Find(id) : null;
        return new ExportEntity(
            e.Key,
            e.Name,
            e.Type,
            e.Claims,
            country?.Name,
            country is null ? null : _kb.CountryCode(country.Id),
            kb?.Latitude,
            kb?.Longitude,
            kb is null ? [] : [.. kb.Aliases.Where(a => !string.Equals(a, e.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)]);
    }
}
