namespace ArmsTrace.Storage.Sql;

/// <summary>The ingest statements SQLite and PostgreSQL share word for word.</summary>
internal static class IngestSql
{
    /// <summary>
    /// First-seen names stay; a knowledge-base name replaces it, and a known type replaces "other";
    /// but never a name or type an analyst set, which holds until the judgement is undone.
    /// </summary>
    public const string UpsertEntity = """
        INSERT INTO entities (entity_key, name, type) VALUES (@Key, @Name, @Type)
        ON CONFLICT (entity_key) DO UPDATE SET
            name = CASE WHEN @IsKnowledgeBase THEN excluded.name ELSE entities.name END,
            type = CASE WHEN @IsKnowledgeBase OR entities.type = 'other' THEN excluded.type ELSE entities.type END
        WHERE (@IsKnowledgeBase OR entities.type = 'other')
          AND NOT EXISTS (SELECT 1 FROM entity_judgements j
                          WHERE j.entity_key = entities.entity_key AND j.undone_at IS NULL AND j.action IN ('rename', 'retype'))
        """;

    public const string InsertClaim = """
        INSERT INTO claims (document_id, type, subject_key, subject_name, object_key, object_name, item_key, item_name,
            quantity_value, quantity_unit, quantity_text, time_text, time_from, time_to, time_precision, source_key, source_name,
            stance, evidence_start, evidence_end, evidence_text, extractor, extractor_version, recorded_at, confidence, basis)
        VALUES (@DocumentId, @Type, @SubjectKey, @SubjectName, @ObjectKey, @ObjectName, @ItemKey, @ItemName,
            @QuantityValue, @QuantityUnit, @QuantityText, @TimeText, @TimeFrom, @TimeTo, @TimePrecision, @SourceKey, @SourceName,
            @Stance, @EvidenceStart, @EvidenceEnd, @EvidenceText, @Extractor, @ExtractorVersion, @RecordedAt, @Confidence, @Basis)
        """;

    /// <summary>Metadata corrected by re-ingesting the same text: the version stays, its title, url, outlet and date change.</summary>
    public const string CorrectMetadata = "UPDATE documents SET title = @Title, url = @Url, outlet = @Outlet, published = @Published WHERE id = @Id";
}
