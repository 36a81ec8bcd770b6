using ArmsTrace.Core.Claims;

namespace ArmsTrace.Storage.Corroboration;

/// <summary>
/// The fact statements, written once: claims are grouped by (subject, type, target) in the database,
/// so a summary costs one aggregation over the claims in scope, never a load of them. The dispute
/// rules live here as SQL so the disputed list can be paged in the database (docs/corroboration.md).
/// </summary>
internal static class FactSql
{
    /// <summary>Quantities in the same unit, for the same item and year, disagree when the larger exceeds the smaller by more than this factor.</summary>
    public const double QuantityFactor = 1.5;

    public const string OneFact = $"c.subject_key = @subject AND c.type = @type AND {FactConditions.Target} = @target";

    public const string ByStrength = "j.origins DESC, j.parties DESC, j.claims DESC, j.last_seen DESC, j.s, j.t, j.o";

    public const string LatestFirst = "j.last_seen DESC, j.origins DESC, j.s, j.t, j.o";

    /// <summary>
    /// The scope of the claims of the facts @key is the subject or target of, narrowed to the page of them (@keptLimit from @keptOffset)
    /// that <see cref="ByStrength"/> ranks first, read in that order from the strengths the triggers keep in fact_strength
    /// (SQLite 0013, PostgreSQL 0011): as many of the strongest from each side (@keptWindow, the two added), then
    /// ranked together. The kept figures are those <see cref="Summaries"/> computes for today's reviewed claims, so the
    /// page holds the same facts in the same order; it serves only where no date, fewest sources or disputed-only is asked.
    /// </summary>
    /// <param name="target">The dialect's claim target (<see cref="FactConditions.Target"/>) of a claims alias, as its fact index has it.</param>
    public static string KeptStrongest(Func<string, string> target) => $"""
        c.id IN (
            SELECT c3.id FROM (
            SELECT u.subject_key, u.type, u.target_key FROM (
                SELECT * FROM (
                    SELECT s.subject_key, s.type, s.target_key, s.origins, s.parties, s.claims, s.last_seen FROM fact_strength s
                    WHERE s.subject_key = @key
                    ORDER BY s.origins DESC, s.parties DESC, s.claims DESC, s.last_seen DESC, s.type, s.target_key
                    LIMIT @keptWindow) a
                UNION
                SELECT * FROM (
                    SELECT s.subject_key, s.type, s.target_key, s.origins, s.parties, s.claims, s.last_seen FROM fact_strength s
                    WHERE s.target_key = @key
                    ORDER BY s.origins DESC, s.parties DESC, s.claims DESC, s.last_seen DESC, s.subject_key, s.type
                    LIMIT @keptWindow) b) u
            ORDER BY u.origins DESC, u.parties DESC, u.claims DESC, u.last_seen DESC, u.subject_key, u.type, u.target_key
            LIMIT @keptLimit OFFSET @keptOffset) k
            JOIN claims c3 ON c3.subject_key = k.subject_key AND {target("c3")} = k.target_key AND c3.type = k.type)
        """;

    /// <summary>Stance names in the order of <see cref="Stance"/>; each gets a count column "n_NAME".</summary>
    public static IReadOnlyList<string> StanceNames { get; } = [.. Enum.GetValues<Stance>().Select(s => s.ToName())];

    public const string Dates = """
        SELECT MIN(COALESCE(d.published, substr(d.ingested_at, 1, 10))) AS First, MAX(COALESCE(d.published, substr(d.ingested_at, 1, 10))) AS Last
        FROM documents d
        WHERE d.is_current
        """;

    /// <summary>
    /// Facts of the claims in <paramref name="scope"/> known by @asOf, with counts and dispute flags:
    /// stances (asserted or confirmed, and denied), quantities (same item, unit and year, more than
    /// <see cref="QuantityFactor"/> apart) and dates (the same item and quantity given periods that cannot overlap).
    /// The claims in scope are read once (MATERIALIZED): SQLite otherwise read them again for each of the three uses,
    /// through the (subject, type) index, which at a hub walks its whole history each time.
    /// </summary>
    /// <remarks>
    /// f is materialised: three groupings read it, and SQLite (3.53, the one the program carries) may otherwise plan it as
    /// a co-routine read once for each; for Iran's strongest facts that cost 190 ms of CPU against 115 ms materialised.
    /// </remarks>
    public static string Summaries(string currentClaims, string scope, string order)
    {
        var counts = string.Join(",\n        ", StanceNames.Select(s => $"SUM(CASE WHEN stance = '{s}' THEN 1 ELSE 0 END) AS n_{s}"));
        var columns = string.Join(", ", StanceNames.Select(s => $"j.n_{s}"));
        return $"""
            WITH f AS MATERIALIZED (
                SELECT c.subject_key AS s, c.type AS t, {FactConditions.Target} AS o, c.item_key AS item,
                    c.quantity_value AS q, c.quantity_unit AS u, c.time_from AS tf, COALESCE(c.time_to, c.time_from) AS tt,
                    c.stance AS stance, o.origin_key AS origin, COALESCE(c.source_key, 'origin:' || o.origin_key) AS party,
                    {FactConditions.KnownOn} AS known
                FROM {currentClaims} JOIN document_origins o ON o.document_id = d.id
                WHERE ({scope}) AND {FactConditions.AsOf}),
            quantities AS (
                SELECT s, t, o FROM f WHERE q IS NOT NULL
                GROUP BY s, t, o, COALESCE(item, ''), COALESCE(u, ''), COALESCE(substr(tf, 1, 4), '')
                HAVING MAX(q) > {QuantityFactor.ToString(System.Globalization.CultureInfo.InvariantCulture)} * MIN(q)),
            dates AS (
                SELECT s, t, o FROM f WHERE item IS NOT NULL AND q IS NOT NULL AND tf IS NOT NULL
                GROUP BY s, t, o, item, q
                HAVING MAX(tf) > MIN(tt)),
            facts AS (
                SELECT s, t, o, COUNT(*) AS claims, COUNT(DISTINCT origin) AS origins, COUNT(DISTINCT party) AS parties,
                    MIN(known) AS first_seen, MAX(known) AS last_seen,
                    {counts}
                FROM f GROUP BY s, t, o),
            j AS (
                SELECT facts.*,
                    CASE WHEN n_asserted + n_confirmed > 0 AND n_denied > 0 THEN 1 ELSE 0 END AS stance_conflict,
                    CASE WHEN EXISTS (SELECT 1 FROM quantities x WHERE x.s = facts.s AND x.t = facts.t AND x.o = facts.o) THEN 1 ELSE 0 END AS quantity_conflict,
                    CASE WHEN EXISTS (SELECT 1 FROM dates x WHERE x.s = facts.s AND x.t = facts.t AND x.o = facts.o) THEN 1 ELSE 0 END AS date_conflict
                FROM facts)
            SELECT j.s AS subject_key, se.name AS subject_name, j.t AS type, j.o AS target_key, te.name AS target_name,
                j.claims, j.origins, j.parties, j.first_seen, j.last_seen, j.stance_conflict, j.quantity_conflict, j.date_conflict,
                {columns}
            FROM j
            JOIN entities se ON se.entity_key = j.s
            LEFT JOIN entities te ON te.entity_key = j.o
            WHERE (@minSources IS NULL OR j.origins >= @minSources)
              AND (@disputedOnly = 0 OR j.stance_conflict + j.quantity_conflict + j.date_conflict > 0)
            ORDER BY {order}
            LIMIT @limit OFFSET @offset
            """;
    }

    /// <summary>
    /// A claim's fact as one text, so a list of facts can be asked for at once; facts whose keys hold the
    /// separator could match another's text, so callers keep only the facts they asked for.
    /// </summary>
    public const string KeyOf = $"c.subject_key || '|' || c.type || '|' || {FactConditions.Target}";

    /// <summary>The text <see cref="KeyOf"/> gives a fact.</summary>
    public static string KeyText(FactKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{key.SubjectKey}|{key.Type}|{key.StoredTarget}";
    }

    /// <summary>
    /// Each fact's independent origins in <paramref name="scope"/> known by @asOf, counted as <see cref="Summaries"/> counts them
    /// but without the rest of a summary: a network's edges need only that, for every edge. Grouped by subject and target first, so SQLite
    /// reads the claims through the edge index (subject, target) rather than (subject, type), which walks a hub's whole history.
    /// </summary>
    public static string OriginsBetween(string currentClaims, string scope) => $"""
        SELECT c.subject_key AS SubjectKey, c.type AS Type, {FactConditions.Target} AS TargetKey, COUNT(DISTINCT o.origin_key) AS Origins
        FROM {currentClaims} JOIN document_origins o ON o.document_id = d.id
        WHERE ({scope}) AND {FactConditions.AsOf}
        GROUP BY c.subject_key, {FactConditions.Target}, c.type
        """;

    /// <summary>
    /// <see cref="OriginsBetween"/> without an as-of date, read from the counts the triggers keep per fact and origin (SQLite migration 0016,
    /// PostgreSQL 0014): one index row per fact and origin instead of the claims, their documents and origins.
    /// </summary>
    public static string KeptOriginsBetween(string scope) => $"""
        SELECT fo.subject_key AS SubjectKey, fo.type AS Type, fo.target_key AS TargetKey, COUNT(*) AS Origins
        FROM fact_origin_counts fo
        WHERE fo.claims > 0 AND ({scope})
        GROUP BY fo.subject_key, fo.target_key, fo.type
        """;

    public static string Timeline(string currentClaims) => $"""
        SELECT c.id AS ClaimId, c.stance AS Stance, c.source_key AS SourceKey, c.source_name AS SourceName,
            d.outlet AS Outlet, d.published AS Published, {FactConditions.KnownOn} AS Known, d.doc_key AS DocumentKey,
            o.origin_key AS Origin, c.quantity_text AS QuantityText, c.quantity_value AS QuantityValue, c.quantity_unit AS QuantityUnit,
            c.time_text AS TimeText, c.time_from AS TimeFrom, c.evidence_text AS EvidenceText
        FROM {currentClaims} JOIN document_origins o ON o.document_id = d.id
        WHERE {OneFact} AND {FactConditions.AsOf}
        ORDER BY {FactConditions.KnownOn}, d.doc_key, c.evidence_start, c.id
        LIMIT 500
        """;
}
