namespace ArmsTrace.Storage.Origins;

/// <summary>
/// The origin statements, written once with each dialect's list test (<c>IN @bandKeys</c> or
/// <c>= ANY(@bandKeys)</c>) and list of rows (the keys as JSON, or as an array).
/// <c>d.is_current</c> alone is true in both databases.
/// </summary>
internal sealed record OriginStatements(string Candidates, string InsertOrigin, string InsertBands, string OriginOf, string Members)
{
    /// <summary>
    /// The most documents a band key indexes: a flood of near-identical texts fills its buckets, and
    /// the first few members already name the origin, so later ones need not be read on every ingest.
    /// </summary>
    public const int BucketSize = 8;

    /// <param name="bandKeyRows">The band keys as a table <c>k(band_key)</c>.</param>
    public static OriginStatements For(Func<string, string> inBandKeys, string bandKeyRows)
    {
        ArgumentNullException.ThrowIfNull(inBandKeys);
        ArgumentNullException.ThrowIfNull(bandKeyRows);
        return new OriginStatements(
            Candidates: $"""
                SELECT o.document_id AS Id, o.origin_key AS Origin, o.signature AS Signature
                FROM document_origins o JOIN documents d ON d.id = o.document_id
                WHERE d.is_current AND o.document_id <> @id AND o.signature IS NOT NULL
                  AND o.document_id IN (SELECT b.document_id FROM document_bands b WHERE {inBandKeys("b.band_key")})
                ORDER BY o.document_id
                """,
            InsertOrigin: """
                INSERT INTO document_origins (document_id, origin_key, basis, similarity, signature)
                VALUES (@Id, @Origin, @Basis, @Similarity, @Signature)
                """,
            InsertBands: $"""
                INSERT INTO document_bands (document_id, band_key)
                SELECT @id, k.band_key FROM {bandKeyRows}
                WHERE (SELECT COUNT(*) FROM document_bands b WHERE b.band_key = k.band_key) < {BucketSize}
                """,
            OriginOf: """
                SELECT d.doc_key AS DocumentKey, o.origin_key AS Origin, o.basis AS Basis, o.similarity AS Similarity
                FROM documents d JOIN document_origins o ON o.document_id = d.id
                WHERE d.doc_key = @key AND d.is_current
                """,
            Members: """
                SELECT d.doc_key FROM document_origins o JOIN documents d ON d.id = o.document_id
                WHERE o.origin_key = @origin AND d.is_current
                ORDER BY d.published IS NULL, d.published, d.doc_key
                LIMIT 200
                """);
    }
}
