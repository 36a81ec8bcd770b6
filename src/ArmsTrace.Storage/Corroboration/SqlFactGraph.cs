using System.Data.Common;
using ArmsTrace.Storage.Origins;
using Dapper;

namespace ArmsTrace.Storage.Corroboration;

/// <summary>
/// <see cref="IFactGraph"/> on any database: each call opens its own connection from <c>open</c>
/// and runs that database's statements, so one instance serves many threads.
/// </summary>
internal sealed class SqlFactGraph : IFactGraph
{
    private const int MostDisputes = 200;

    private readonly Func<DbConnection> _open;
    private readonly FactStatements _sql;
    private readonly OriginStatements _origins;
    private readonly IDisposable? _owned;

    /// <param name="owned">What the connections come from, when it must be closed with this graph (a PostgreSQL pool).</param>
    public SqlFactGraph(Func<DbConnection> open, FactStatements sql, OriginStatements origins, IDisposable? owned = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(origins);
        _open = open;
        _sql = sql;
        _origins = origins;
        _owned = owned;
    }

    public IReadOnlyList<FactSummary> Facts(FactQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.MinSources is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.MinSources, "the fewest sources asked for must be at least 1");
        }

        // A page of facts is capped for readers; facts between given keys are bounded by the keys, and a
        // network view needs every one of them or its edges beyond the cap would show one origin.
        var limit = query.Subjects is null ? PageLimits.Limit(query.Limit) : Math.Max(1, query.Limit);
        var offset = PageLimits.Offset(query.Offset);
        var kept = query is { EntityKey: not null, AsOf: null, MinSources: null, DisputedOnly: false };
        var (sql, scope) = query switch
        {
            { EntityKey: { } key } when kept => (_sql.KeptEntityFacts, (object)new { key, keptLimit = limit, keptOffset = offset, keptWindow = limit + offset }),
            { EntityKey: { } key } => (_sql.EntityFacts, new { key }),
            { Subjects: { } subjects } when subjects.Count == 0 => (null, new { }),
            { Subjects: { } subjects } => (_sql.SubjectFacts, new { subjects = subjects.ToArray(), anyTarget = query.Targets is null ? 0 : 1, targets = (query.Targets ?? []).ToArray() }),
            _ => (_sql.AllFacts, new { }),
        };
        if (sql is null)
        {
            return [];
        }

        var p = new DynamicParameters(scope);
        p.Add("asOf", query.AsOf, System.Data.DbType.String);
        p.Add("minSources", query.MinSources, System.Data.DbType.Int32);
        p.Add("disputedOnly", query.DisputedOnly ? 1 : 0);
        // The kept strengths have chosen the page already.
        p.Add("limit", limit);
        p.Add("offset", kept ? 0 : offset);
        using var connection = _open();
        return [.. connection.Query(sql, p).Select(r => ToSummary((IDictionary<string, object?>)r))];
    }

    public IReadOnlyList<FactSummary> FactsOf(IReadOnlyCollection<FactKey> keys, string? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return [];
        }

        var p = new DynamicParameters();
        p.Add("subjects", keys.Select(k => k.SubjectKey).Distinct(StringComparer.Ordinal).ToArray());
        p.Add("targets", keys.Select(k => k.StoredTarget).Distinct(StringComparer.Ordinal).ToArray());
        p.Add("factKeys", keys.Select(FactSql.KeyText).Distinct(StringComparer.Ordinal).ToArray());
        p.Add("asOf", asOf, System.Data.DbType.String);
        p.Add("minSources", null, System.Data.DbType.Int32);
        p.Add("disputedOnly", 0);
        p.Add("limit", int.MaxValue);
        p.Add("offset", 0);
        var wanted = keys.ToHashSet();
        using var connection = _open();
        return [.. connection.Query(_sql.KeyedFacts, p).Select(r => ToSummary((IDictionary<string, object?>)r)).Where(f => wanted.Contains(f.Key))];
    }

    public IReadOnlyDictionary<FactKey, long> Origins(IReadOnlyCollection<string> subjects, IReadOnlyCollection<string> targets, string? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(targets);
        if (subjects.Count == 0 || targets.Count == 0)
        {
            return new Dictionary<FactKey, long>();
        }

        var p = new DynamicParameters();
        p.Add("subjects", subjects.ToArray());
        p.Add("targets", targets.ToArray());
        p.Add("asOf", asOf, System.Data.DbType.String);
        using var connection = _open();
        return connection.Query<(string Subject, string Type, string Target, long Origins)>(asOf is null ? _sql.KeptOriginsBetween : _sql.OriginsBetween, p)
            .ToDictionary(r => new FactKey(r.Subject, r.Type, r.Target.Length == 0 ? null : r.Target), r => r.Origins);
    }

    public FactSummary? Fact(FactKey key, string? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = _open();
        var row = connection.Query(_sql.OneFact, FactParameters(key, asOf)).FirstOrDefault();
        return row is null ? null : ToSummary((IDictionary<string, object?>)row);
    }

    public IReadOnlyList<FactStep> Timeline(FactKey key, string? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = _open();
        return [.. connection.Query<FactStepRow>(_sql.Timeline, FactParameters(key, asOf)).Select(r => r.ToRecord())];
    }

    public IReadOnlyList<Dispute> Disputes(string? asOf, int limit, int offset)
    {
        var facts = Facts(new FactQuery(AsOf: asOf, DisputedOnly: true, Limit: Math.Clamp(limit, 1, MostDisputes), Offset: offset));
        return [.. facts.Select(f => new Dispute(f, DisputeSides.Of(f, Timeline(f.Key, asOf))))];
    }

    public DocumentOrigin? Origin(string documentKey)
    {
        ArgumentNullException.ThrowIfNull(documentKey);
        using var connection = _open();
        var row = connection.QueryFirstOrDefault<(string DocumentKey, string Origin, string Basis, double? Similarity)>(_origins.OriginOf, new { key = documentKey });
        if (row.Origin is null)
        {
            return null;
        }

        var members = connection.Query<string>(_origins.Members, new { origin = row.Origin }).ToList();
        return new DocumentOrigin(row.DocumentKey, row.Origin, row.Basis, row.Similarity, members);
    }

    public KnownSpan Dates()
    {
        using var connection = _open();
        var (first, last) = connection.QueryFirst<(string? First, string? Last)>(_sql.Dates);
        return new KnownSpan(first, last);
    }

    public void Dispose() => _owned?.Dispose();

    private static DynamicParameters FactParameters(FactKey key, string? asOf)
    {
        var p = new DynamicParameters();
        p.Add("subject", key.SubjectKey, System.Data.DbType.String);
        p.Add("type", key.Type, System.Data.DbType.String);
        p.Add("target", key.StoredTarget, System.Data.DbType.String);
        p.Add("asOf", asOf, System.Data.DbType.String);
        p.Add("minSources", null, System.Data.DbType.Int32);
        p.Add("disputedOnly", 0);
        p.Add("limit", 1);
        p.Add("offset", 0);
        return p;
    }

    private static FactSummary ToSummary(IDictionary<string, object?> r)
    {
        long N(string column) => Convert.ToInt64(r[column], System.Globalization.CultureInfo.InvariantCulture);
        string? Text(string column) => r[column] is string { Length: > 0 } s ? s : null;
        var stances = FactSql.StanceNames.Where(s => N("n_" + s) > 0).ToDictionary(s => s, s => N("n_" + s), StringComparer.Ordinal);
        var disputes = new List<string>();
        foreach (var (flag, reason) in new[] { ("stance_conflict", "stances"), ("quantity_conflict", "quantities"), ("date_conflict", "dates") })
        {
            if (N(flag) > 0)
            {
                disputes.Add(reason);
            }
        }

        return new FactSummary(
            (string)r["subject_key"]!,
            (string)r["subject_name"]!,
            (string)r["type"]!,
            Text("target_key"),
            Text("target_name"),
            N("claims"),
            N("origins"),
            N("parties"),
            Text("first_seen"),
            Text("last_seen"),
            stances,
            disputes);
    }
}
