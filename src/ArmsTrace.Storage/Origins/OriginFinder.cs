using System.Data.Common;
using ArmsTrace.Core.Origins;
using Dapper;

namespace ArmsTrace.Storage.Origins;

/// <summary>
/// Places a just-inserted document in an origin, inside its ingest transaction: a near-duplicate of
/// a current document joins that document's origin; otherwise a declared news agency's; otherwise
/// it starts its own. A copy wins over a declaration because copies of one text belong together
/// whatever each says about its source.
/// </summary>
internal static class OriginFinder
{
    /// <summary>
    /// Estimated Jaccard similarity of word 3-shingles at or above which two texts are one story;
    /// measured on planted reprints (bench `dedup`), see docs/corroboration.md.
    /// </summary>
    public const double CopyThreshold = 0.5;

    public static void Assign(DbConnection connection, DbTransaction tx, OriginStatements sql, long documentId, string documentKey, OriginEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(evidence);
        var bandKeys = evidence.BandKeys;
        var copy = evidence.Signature is { } signature
            ? connection.Query<OriginCandidateRow>(sql.Candidates, new { id = documentId, bandKeys }, tx)
                .Select(c => (c.Origin, Score: signature.Similarity(TextSignature.FromBytes(c.Signature))))
                .Where(c => c.Score >= CopyThreshold)
                .OrderByDescending(c => c.Score)
                .FirstOrDefault()
            : default;
        var (origin, basis) = copy.Origin is not null ? (copy.Origin, "copy")
            : evidence.Wire is { } wire ? ("wire:" + wire.Key, "wire")
            : ("doc:" + documentKey, "own");
        if (bandKeys.Length > 0)
        {
            connection.Execute(sql.InsertBands, new { id = documentId, bandKeys, bandKeysJson = evidence.BandKeysJson }, tx);
        }

        connection.Execute(
            sql.InsertOrigin,
            new { Id = documentId, Origin = origin, Basis = basis, Similarity = copy.Origin is null ? (double?)null : copy.Score, Signature = evidence.SignatureBytes },
            tx);
    }
}
