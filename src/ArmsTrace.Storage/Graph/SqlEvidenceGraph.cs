using System.Data;
using System.Data.Common;
using ArmsTrace.Core.Claims;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Rows;
using Dapper;

namespace ArmsTrace.Storage.Graph;

/// <summary>
/// The graph queries and walks, the same on every database: each call opens its own connection
/// from <c>open</c> and runs that database's <see cref="GraphStatements"/>, so one instance serves
/// many threads as long as the connections are independent.
/// </summary>
internal sealed class SqlEvidenceGraph : IEvidenceGraph, IDisposable
{
    private const int MaxDepth = 4;
    private const int MaxPathVisits = 5000;

    private readonly Func<DbConnection> _open;
    private readonly GraphStatements _reviewed;
    private readonly GraphStatements _sql;
    private readonly IDisposable? _owned;

    /// <param name="sql">The database's statements for the reviewed view; <see cref="In"/> derives the raw one.</param>
    /// <param name="owned">What the connections come from, when it must be closed with this graph (a PostgreSQL pool).</param>
    public SqlEvidenceGraph(Func<DbConnection> open, GraphStatements sql, ClaimView view = ClaimView.Reviewed, IDisposable? owned = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(sql);
        _open = open;
        _reviewed = sql;
        _sql = sql.In(view);
        _owned = owned;
    }

    /// <summary>Closes the pool the connections come from; a graph from <see cref="In"/> shares it and closes nothing.</summary>
    public void Dispose() => _owned?.Dispose();

    public IEvidenceGraph In(ClaimView view) => new SqlEvidenceGraph(_open, _reviewed, view);

    public IReadOnlyList<StoredClaim> FindClaims(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = Open();
        var p = Conditions(query.Types, query.Stances, query.SourceKey, query.From, query.To, query.AsOf, query.MinSources);
        p.Add("entityKey", Blank(query.EntityKey), DbType.String);
        p.Add("subjectKey", Blank(query.SubjectKey), DbType.String);
        p.Add("targetKey", Blank(query.TargetKey), DbType.String);
        p.Add("limit", PageLimits.Limit(query.Limit));
        p.Add("offset", PageLimits.Offset(query.Offset));
        return [.. connection.Query<StoredClaimRow>(_sql.FindClaims, p).Select(r => r.ToRecord())];
    }

    public IReadOnlyList<DocumentSummary> Documents(int limit, int offset)
    {
        using var connection = Open();
        return [.. connection.Query<DocumentSummaryRow>(_sql.Documents, new { limit = PageLimits.Limit(limit), offset = PageLimits.Offset(offset) })
            .Select(r => r.ToRecord())];
    }

    public StoredDocument? Document(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = Open();
        var row = connection.QueryFirstOrDefault<DocumentViewRow>(_sql.Document, new { key });
        if (row is null)
        {
            return null;
        }

        var mentions = connection.Query<MentionViewRow>(_sql.DocumentMentions, new { id = row.Id }).Select(r => r.ToRecord()).ToList();
        var claims = connection.Query<StoredClaimRow>(_sql.DocumentClaims, new { id = row.Id }).Select(r => r.ToRecord()).ToList();
        return new StoredDocument(row.Key, (int)row.Version, row.Title, row.Url, row.Outlet, row.Published, row.IngestedAt, row.Text, mentions, claims);
    }

    public IReadOnlyList<StoredEntity> Entities(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return [];
        }

        using var connection = Open();
        return EntitiesOf(connection, keys);
    }

    public Neighbourhood Neighbourhood(string entityKey, NeighbourhoodQuery query)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        ArgumentNullException.ThrowIfNull(query);
        using var connection = Open();
        var centre = EntitiesOf(connection, [entityKey]).FirstOrDefault()
            ?? throw new KeyNotFoundException($"no entity '{entityKey}'");
        var p = Conditions(query.Types, query.Stances, query.SourceKey, query.From, query.To, query.AsOf, query.MinSources);
        var counted = CountsAnswer(query.SourceKey, query.From, query.To, query.AsOf, query.MinSources);
        var maxNodes = Math.Clamp(query.MaxNodes, 1, PageLimits.Max);
        var visited = new HashSet<string>(StringComparer.Ordinal) { entityKey };
        var leftOut = new HashSet<string>(StringComparer.Ordinal);
        var frontier = new List<string> { entityKey };
        for (var depth = 0; depth < Math.Clamp(query.Depth, 1, MaxDepth) && frontier.Count > 0 && leftOut.Count == 0; depth++)
        {
            var next = new List<string>();
            var edges = new DynamicParameters(p);
            edges.Add("keys", frontier);
            foreach (var edge in connection.Query<EdgeRow>(counted ? _sql.EdgeCountsTouching : _sql.EdgesTouching, edges))
            {
                foreach (var end in new[] { edge.A, edge.B })
                {
                    if (visited.Contains(end))
                    {
                        continue;
                    }

                    if (visited.Count >= maxNodes)
                    {
                        leftOut.Add(end);
                        continue;
                    }

                    visited.Add(end);
                    next.Add(end);
                }
            }

            frontier = next;
        }

        p.Add("keys", visited.ToList());
        p.Add("centre", entityKey);
        var limit = Math.Clamp(query.MaxClaims, 1, NeighbourhoodQuery.MostClaims);
        p.Add("limit", limit);
        var edgeTallies = connection.Query<EdgeTallyRow>(counted ? _sql.EdgeCountsWithin : _sql.EdgesWithin, p).Select(r => r.ToRecord()).ToList();

        // The tallies group exactly the claims the limit cut, so their sum is the total without a second pass over them.
        var total = edgeTallies.Sum(e => e.Claims);
        var atCentre = edgeTallies.Where(e => e.SubjectKey == entityKey || e.TargetKey == entityKey).Sum(e => e.Claims);
        var claims = ClaimsAround(connection, p, atCentre, total, limit);
        var nodes = EntitiesOf(connection, visited).OrderByDescending(e => e.Claims).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        return new Neighbourhood(centre, nodes, claims, leftOut.Count, total, edgeTallies);
    }

    /// <summary>
    /// The first <paramref name="limit"/> claims of <see cref="GraphStatements.ClaimsWithin"/> without sorting every claim among the
    /// nodes where the tallies say a part is large: the centre's claims come first, so when it has <paramref name="limit"/> of them
    /// (<paramref name="atCentre"/>) the others are not read, and when it has fewer the others' first few are taken on their own.
    /// A part in many documents is walked by date, which reads about wanted × claims stored ÷ the part's claims; a small one is
    /// probed and sorted.
    /// </summary>
    private List<StoredClaim> ClaimsAround(DbConnection connection, DynamicParameters p, long atCentre, long total, int limit)
    {
        var stored = new Lazy<long>(() => connection.ExecuteScalar<long>(GraphStatements.LastClaimId));
        bool Dense(long claims, long wanted) => (double)claims * claims >= (double)wanted * stored.Value;
        List<StoredClaim> Read(string sql, int touching, long count)
        {
            var q = new DynamicParameters(p);
            q.Add("touching", touching);
            q.Add("limit", count);
            return [.. connection.Query<StoredClaimRow>(sql, q).Select(r => r.ToRecord())];
        }

        if (atCentre >= limit)
        {
            if (Dense(atCentre, limit) && Read(_sql.ClaimsWithinByDate, 1, limit) is { } dated && dated.Count == limit)
            {
                return dated;
            }

            return Read(_sql.CentreClaims, 1, limit);
        }

        var wanted = limit - atCentre;
        if (total - atCentre >= wanted && Dense(total - atCentre, wanted) && Read(_sql.ClaimsWithinByDate, 0, wanted) is { } others && others.Count == wanted)
        {
            return atCentre == 0 ? others : [.. Read(_sql.CentreClaims, 1, atCentre), .. others];
        }

        return Read(_sql.ClaimsWithin, 0, limit);
    }

    public IReadOnlyList<GraphPath> Paths(string fromKey, string toKey, PathQuery query)
    {
        ArgumentNullException.ThrowIfNull(fromKey);
        ArgumentNullException.ThrowIfNull(toKey);
        ArgumentNullException.ThrowIfNull(query);
        using var connection = Open();
        var types = query.Types is { Count: > 0 } ? query.Types : PathQuery.DefaultTypes;
        var stances = query.IncludeDenied ? null : Enum.GetValues<Stance>().Where(s => s != Stance.Denied).Select(s => s.ToName()).ToList();
        var p = Conditions(types, stances, null, null, null, query.AsOf, null);
        var touching = CountsAnswer(null, null, null, query.AsOf, null) ? _sql.EdgeCountsTouching : _sql.EdgesTouching;

        // The walks read edge counts only: a hub's thousands of claims are read just for the hops a page shows.
        var wanted = PageLimits.Offset(query.Offset) + Math.Clamp(query.Limit, 1, 100);
        var search = new PathSearch(keys =>
        {
            var edges = new DynamicParameters(p);
            edges.Add("keys", keys);
            return connection.Query<EdgeRow>(touching, edges);
        });
        var sequences = search.Shortest(fromKey, toKey, Math.Clamp(query.MaxDepth, 1, MaxDepth + 2), MaxPathVisits, wanted);
        if (sequences.Count == 0)
        {
            return [];
        }

        var page = sequences.Skip(PageLimits.Offset(query.Offset)).ToList();
        var onPage = page.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        var hopPairs = page.SelectMany(s => s.Zip(s.Skip(1), Pair)).ToHashSet();
        var hops = HopClaims(connection, p, hopPairs);
        var entities = EntitiesOf(connection, onPage).ToDictionary(e => e.Key, StringComparer.Ordinal);
        return [.. page.Select(seq => new GraphPath(
            [.. seq.Select(k => entities[k])],
            [.. seq.Zip(seq.Skip(1), (x, y) => new PathHop(x, y, hops.GetValueOrDefault(Pair(x, y)) ?? []))]))];
    }

    /// <summary>
    /// The claims joining each unordered pair, in the order claims are listed everywhere: read pair by pair, so two
    /// hubs on a page that no hop joins do not bring their thousands of claims.
    /// </summary>
    private Dictionary<(string, string), List<StoredClaim>> HopClaims(DbConnection connection, DynamicParameters conditions, IEnumerable<(string, string)> pairs)
    {
        var hops = new Dictionary<(string, string), List<StoredClaim>>();
        foreach (var (a, b) in pairs)
        {
            var p = new DynamicParameters(conditions);
            p.Add("keys", new List<string> { a, b });
            p.Add("centre", a);
            p.Add("limit", int.MaxValue);
            hops[(a, b)] = [.. connection.Query<StoredClaimRow>(_sql.ClaimsWithin, p).Select(r => r.ToRecord())
                .Where(c => Pair(c.SubjectKey, (c.ObjectKey ?? c.ItemKey)!) == (a, b))
                .OrderBy(c => c, ClaimOrder.Instance)];
        }

        return hops;
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    public ClaimPage EntityClaims(string entityKey, int limit, string? after = null, int offset = 0, string? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        var cursor = after is null ? null : ClaimCursor.Decode(after) ?? throw new FormatException($"'{after}' is not a page cursor of this graph");
        var size = PageLimits.Limit(limit);
        using var connection = Open();
        var p = new DynamicParameters();
        p.Add("key", entityKey, DbType.String);
        p.Add("hasAfter", cursor is null ? 0 : 1);

        // Typed and never NULL, as PostgreSQL must know each parameter's type even where @hasAfter = 0 leaves it unused.
        p.Add("afterPublished", cursor?.Published ?? string.Empty, DbType.String);
        p.Add("afterDocument", cursor?.Document ?? string.Empty, DbType.String);
        p.Add("afterStart", cursor?.Start ?? 0, DbType.Int64);
        p.Add("afterId", cursor?.Id ?? 0, DbType.Int64);
        p.Add("limit", size + 1);
        p.Add("offset", PageLimits.Offset(offset));
        p.Add("asOf", AsOfDate.Normalize(asOf), DbType.String);
        var rows = connection.Query<StoredClaimRow>(_sql.EntityClaims, p).Select(r => r.ToRecord()).ToList();
        var page = rows.Take(size).ToList();
        return new ClaimPage(page, rows.Count > size ? ClaimCursor.After(page[^1]).Encode() : null);
    }

    public IEnumerable<StoredClaim> StreamClaims(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Stream<StoredClaimRow, StoredClaim>(_sql.StreamClaims, query, r => r.ToRecord());
    }

    public IEnumerable<StoredEntity> StreamEntities(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Stream<StoredEntityRow, StoredEntity>(_sql.StreamEntities, query, r => r.ToRecord());
    }

    /// <summary>Unbuffered, so rows are read while the caller enumerates; the connection closes when it stops.</summary>
    private IEnumerable<TRecord> Stream<TRow, TRecord>(string sql, ClaimQuery query, Func<TRow, TRecord> convert)
    {
        using var connection = Open();
        var p = Conditions(query.Types, query.Stances, query.SourceKey, query.From, query.To, query.AsOf, query.MinSources);
        p.Add("entityKey", Blank(query.EntityKey), DbType.String);
        foreach (var row in connection.Query<TRow>(sql, p, buffered: false))
        {
            yield return convert(row);
        }
    }

    private List<StoredEntity> EntitiesOf(DbConnection connection, IEnumerable<string> keys) =>
        [.. connection.Query<StoredEntityRow>(_sql.Entities, new { keys = keys.ToList() }).Select(r => r.ToRecord())];

    private static DynamicParameters Conditions(
        IReadOnlyCollection<string>? types, IReadOnlyCollection<string>? stances, string? sourceKey, string? from, string? to, string? asOf, int? minSources)
    {
        var typeList = (types ?? []).Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => ClaimNames.ParseType(t.Trim())?.ToName() ?? t.Trim()).ToList();
        var stanceList = (stances ?? []).Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => ClaimNames.ParseStance(s.Trim())?.ToName() ?? s.Trim()).ToList();
        var p = new DynamicParameters();
        p.Add("anyType", typeList.Count > 0 ? 1 : 0);
        p.Add("types", typeList);
        p.Add("anyStance", stanceList.Count > 0 ? 1 : 0);
        p.Add("stances", stanceList);

        // Typed, because PostgreSQL cannot infer the type of a parameter that is NULL and only tested with IS NULL.
        p.Add("sourceKey", Blank(sourceKey), DbType.String);
        p.Add("from", Blank(from), DbType.String);
        p.Add("to", Blank(to), DbType.String);
        p.Add("asOf", AsOfDate.Normalize(asOf), DbType.String);
        p.Add("minSources", minSources, DbType.Int32);
        return p;
    }

    /// <summary>Whether the kept edge counts answer these filters: they hold every type, stance and view, but no dates, sources or origins.</summary>
    private static bool CountsAnswer(string? sourceKey, string? from, string? to, string? asOf, int? minSources) =>
        Blank(sourceKey) is null && Blank(from) is null && Blank(to) is null && AsOfDate.Normalize(asOf) is null && minSources is null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private DbConnection Open() => _open();
}
