namespace ArmsTrace.Storage.Corroboration;

/// <summary>
/// One database's fact statements, all built by <see cref="FactSql"/> from its current-claims join.
/// Parameters: @asOf, @minSources, @disputedOnly, @limit, @offset, and the scope's own (@key; @key, @keptLimit, @keptOffset, @keptWindow; @subjects, @anyTarget, @targets;
/// @subjects, @targets and @factKeys (<see cref="FactSql.KeyOf"/>);
/// @subject, @type, @target).
/// </summary>
internal sealed record FactStatements(
    string EntityFacts,
    string KeptEntityFacts,
    string SubjectFacts,
    string OneFact,
    string AllFacts,
    string Timeline,
    string Dates,
    string KeyedFacts,
    string OriginsBetween,
    string KeptOriginsBetween)
{
    /// <param name="inList">The dialect's "column is in the list @name" test, given the column and the list's name.</param>
    /// <param name="factTarget">The dialect's claim target of a claims alias, as its fact index has it.</param>
    public static FactStatements For(string currentClaims, Func<string, string, string> inList, Func<string, string> factTarget)
    {
        ArgumentNullException.ThrowIfNull(currentClaims);
        ArgumentNullException.ThrowIfNull(inList);
        ArgumentNullException.ThrowIfNull(factTarget);
        return new FactStatements(
            FactSql.Summaries(currentClaims, "c.subject_key = @key OR c.object_key = @key OR (c.object_key IS NULL AND c.item_key = @key)", FactSql.ByStrength),
            FactSql.Summaries(currentClaims, FactSql.KeptStrongest(factTarget), FactSql.ByStrength),
            FactSql.Summaries(currentClaims, $"{inList("c.subject_key", "subjects")} AND (@anyTarget = 0 OR {inList(FactConditions.Target, "targets")})", FactSql.ByStrength),
            FactSql.Summaries(currentClaims, FactSql.OneFact, FactSql.ByStrength),
            FactSql.Summaries(currentClaims, "1 = 1", FactSql.LatestFirst),
            FactSql.Timeline(currentClaims),
            FactSql.Dates,
            FactSql.Summaries(currentClaims, $"{inList("c.subject_key", "subjects")} AND {inList(FactConditions.Target, "targets")} AND {inList(FactSql.KeyOf, "factKeys")}", FactSql.ByStrength),
            FactSql.OriginsBetween(currentClaims, $"{inList("c.subject_key", "subjects")} AND {inList(FactConditions.Target, "targets")}"),
            FactSql.KeptOriginsBetween($"{inList("fo.subject_key", "subjects")} AND {inList("fo.target_key", "targets")}"));
    }
}
