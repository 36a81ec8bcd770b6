namespace ArmsTrace.Storage.Corroboration;

/// <summary>
/// One database's fact statements, all built by <see cref="FactSql"/> from its current-claims join.
/// Parameters: @asOf, @minSources, @disputedOnly, @limit, @offset, and the scope's own (@key; @subjects;
/// @subject, @type, @target).
/// </summary>
internal sealed record FactStatements(
    string EntityFacts,
    string SubjectFacts,
    string OneFact,
    string AllFacts,
    string Timeline,
    string Dates)
{
    public static FactStatements For(string currentClaims, Func<string, string> inSubjects)
    {
        ArgumentNullException.ThrowIfNull(currentClaims);
        ArgumentNullException.ThrowIfNull(inSubjects);
        return new FactStatements(
            FactSql.Summaries(currentClaims, "c.subject_key = @key OR c.object_key = @key OR (c.object_key IS NULL AND c.item_key = @key)", FactSql.ByStrength),
            FactSql.Summaries(currentClaims, inSubjects("c.subject_key"), FactSql.ByStrength),
            FactSql.Summaries(currentClaims, FactSql.OneFact, FactSql.ByStrength),
            FactSql.Summaries(currentClaims, "1 = 1", FactSql.LatestFirst),
            FactSql.Timeline(currentClaims),
            FactSql.Dates);
    }

    public static FactStatements Sqlite { get; } = For(Storage.Sqlite.SqliteSql.CurrentClaims, column => $"{column} IN @subjects");

    public static FactStatements Postgres { get; } = For(Storage.Postgres.PostgresSql.CurrentClaims, column => $"{column} = ANY(@subjects)");
}
