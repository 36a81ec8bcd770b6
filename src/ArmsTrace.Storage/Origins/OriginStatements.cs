namespace ArmsTrace.Storage.Origins;

/// <summary>
/// The origin statements, written once with each dialect's list test (<c>IN @bandKeys</c> or
/// <c>= ANY(@bandKeys)</c>). <c>d.is_current</c> alone is true in both databases.
/// </summary>
internal sealed record OriginStatements(string Candidates, string SetOrigin, string InsertBand, string OriginOf, string Members)
{
    public static OriginStatements Sqlite { get; } = For(column => $"{column} IN @bandKeys");

    public static OriginStatements Postgres { get; } = For(column => $"{column} = ANY(@bandKeys)");

    public static OriginStatements For(Func<string, string> inBandKeys)
    {
        ArgumentNullException.ThrowIfNull(inBandKeys);
        return new OriginStatements(
            Candidates: $"""
                SELECT d.id AS Id, d.origin_key AS Origin, d.signature AS Signature
                FROM documents d
                WHERE d.is_current AND d.id <> @id AND d.signature IS NOT NULL
                  AND d.id IN (SELECT b.document_id FROM document_bands b WHERE {inBandKeys("b.band_key")})
                ORDER BY d.id
                """,
            SetOrigin: """
                UPDATE documents SET origin_key = @Origin, origin_basis = @Basis, origin_similarity = @Similarity, signature = @Signature
                WHERE id = @Id
                """,
            InsertBand: "INSERT INTO document_bands (document_id, band_key) VALUES (@DocumentId, @BandKey)",
            OriginOf: """
                SELECT d.doc_key AS DocumentKey, d.origin_key AS Origin, d.origin_basis AS Basis, d.origin_similarity AS Similarity
                FROM documents d
                WHERE d.doc_key = @key AND d.is_current
                """,
            Members: """
                SELECT d.doc_key FROM documents d
                WHERE d.origin_key = @origin AND d.is_current
                ORDER BY d.published IS NULL, d.published, d.doc_key
                LIMIT 200
                """);
    }
}
