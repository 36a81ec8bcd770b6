using System.Globalization;
using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Storage.Rows;

/// <summary>
/// Everything one ingest writes, built before any transaction opens so that bad input fails
/// without touching the database, and shared by every database the store runs on.
/// </summary>
internal sealed record IngestRows(
    DocumentRow Document,
    IReadOnlyList<EntityRow> Entities,
    IReadOnlyList<MentionRow> Mentions,
    IReadOnlyList<ClaimRow> Claims)
{
    public static IngestRows From(AnalysisContext analysed, string extractorVersion, DateTime recordedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        ArgumentNullException.ThrowIfNull(extractorVersion);
        var doc = analysed.Document;
        var now = recordedAtUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        var entities = new Dictionary<string, EntityRow>(StringComparer.Ordinal);
        var order = new List<EntityRow>();

        void AddEntity(string key, string name, EntityType type)
        {
            // The first name a document gives a key wins inside the document, as it does across documents.
            if (!entities.ContainsKey(key))
            {
                var row = new EntityRow(key, name, type.ToName());
                entities.Add(key, row);
                order.Add(row);
            }
        }

        foreach (var e in analysed.Entities)
        {
            AddEntity(e.Key, e.Name, e.Type);
        }

        var mentionEntity = new string?[analysed.Mentions.Count];
        foreach (var e in analysed.Entities)
        {
            foreach (var index in e.Mentions)
            {
                if (index >= 0 && index < mentionEntity.Length)
                {
                    mentionEntity[index] ??= e.Key;
                }
            }
        }

        var mentions = new List<MentionRow>(analysed.Mentions.Count);
        for (var i = 0; i < analysed.Mentions.Count; i++)
        {
            var m = analysed.Mentions[i];
            var key = mentionEntity[i];
            if (key is null)
            {
                AddEntity(m.Key, m.CanonicalName, m.Type);
                key = m.Key;
            }

            var raw = Raw(analysed, m.Span, "mention");
            mentions.Add(new MentionRow(key, raw.Start, raw.End, analysed.Clean.Slice(m.Span).ToString()));
        }

        var claims = new List<ClaimRow>(analysed.Claims.Count);
        foreach (var c in analysed.Claims)
        {
            foreach (var r in (ReadOnlySpan<EntityRef?>)[c.Subject, c.Object, c.Item, c.Source])
            {
                if (r is not null)
                {
                    AddEntity(r.Key, r.Name, r.Type);
                }
            }

            var ev = Raw(analysed, c.Evidence, "claim evidence");
            claims.Add(new ClaimRow(
                c.Type.ToName(),
                c.Subject.Key,
                c.Subject.Name,
                c.Object?.Key,
                c.Object?.Name,
                c.Item?.Key,
                c.Item?.Name,
                c.Quantity is null ? null : (double)c.Quantity.Value,
                c.Quantity?.Unit,
                c.Quantity?.Text,
                c.Time?.Text,
                c.Time?.From,
                c.Time?.To,
                c.Time?.Precision,
                c.Source?.Key,
                c.Source?.Name,
                c.Stance.ToName(),
                ev.Start,
                ev.End,
                doc.Text[ev.Start..ev.End],
                c.Extractor,
                extractorVersion,
                now,
                c.Confidence?.Value,
                c.Confidence?.Explanation));
        }

        var meta = doc.Metadata;
        var document = new DocumentRow(meta.Key, doc.ContentHash, meta.Title, meta.Url, meta.Outlet, meta.Published, doc.Text, now);
        return new IngestRows(document, order, mentions, claims);
    }

    /// <summary>Offsets that fall outside the text are a pipeline bug; refusing the document beats storing evidence that points nowhere.</summary>
    private static TextSpan Raw(AnalysisContext analysed, TextSpan clean, string what)
    {
        var length = analysed.Clean.Value.Length;
        if (clean.Start < 0 || clean.End > length || clean.Start > clean.End)
        {
            throw new StoreException($"{analysed.Document.Metadata.Key}: {what} span {clean.Start}-{clean.End} lies outside the clean text (length {length}).");
        }

        var raw = analysed.Clean.ToRaw(clean);
        if (raw.Start < 0 || raw.End > analysed.Document.Text.Length || raw.Start > raw.End)
        {
            throw new StoreException($"{analysed.Document.Metadata.Key}: {what} maps to raw span {raw.Start}-{raw.End}, outside the document text (length {analysed.Document.Text.Length}).");
        }

        return raw;
    }
}
