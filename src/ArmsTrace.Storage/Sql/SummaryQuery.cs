using System.Data;
using ArmsTrace.Storage.Rows;
using Dapper;

namespace ArmsTrace.Storage.Sql;

/// <summary>Reads a store's summary with the statements of its dialect; both stores ask the same questions.</summary>
internal static class SummaryQuery
{
    private const int TopSupplierCount = 10;

    /// <param name="countCurrentDocuments">The dialect's count of current documents.</param>
    /// <param name="read">The dialect's shared read statements.</param>
    public static StoreSummary Run(IDbConnection connection, string countCurrentDocuments, CurrentReadSql read, ClaimView view) => new(
        connection.ExecuteScalar<long>(countCurrentDocuments),
        connection.ExecuteScalar<long>(CurrentReadSql.CountDocumentVersions),
        connection.ExecuteScalar<long>(ClaimViews.Apply(read.CountPresentEntities, view)),
        connection.ExecuteScalar<long>(read.CountCurrentMentions),
        connection.ExecuteScalar<long>(ClaimViews.Apply(read.CountCurrentClaims, view)),
        Counts(connection, ClaimViews.Apply(read.ClaimsByType, view), null),
        Counts(connection, ClaimViews.Apply(read.ClaimsByStance, view), null),
        Counts(connection, ClaimViews.Apply(read.TopSuppliers, view), new { limit = TopSupplierCount }));

    private static List<NamedCount> Counts(IDbConnection connection, string sql, object? parameters) =>
        [.. connection.Query<NamedCountRow>(sql, parameters).Select(r => r.ToRecord())];
}
