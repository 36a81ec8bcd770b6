using System.Buffers;
using System.Text;
using System.Text.Json;
using ArmsTrace.Storage.Origins;
using ArmsTrace.Storage.Rows;
using ArmsTrace.Storage.Searching;

namespace ArmsTrace.Storage;

/// <summary>
/// One analysed document made ready to store: its rows, name keys and origin signature, everything
/// that needs no database, so that it can be built on the thread that extracted the document and the
/// writer only runs statements (<see cref="IEvidenceStore.Prepare"/>, <see cref="IEvidenceStore.IngestBatch"/>).
/// It holds no reference to the analysis, which can be collected once this is built.
/// </summary>
public sealed class PreparedIngest
{
    internal PreparedIngest(IngestRows rows, OriginEvidence origin)
    {
        Rows = rows;
        Origin = origin;
        NameKeyRow[] nameKeys = [.. EntityNameKeys.Of(rows)];
        NameKeyCount = nameKeys.Length;
        MentionsJson = Json(rows.Mentions, (w, m) =>
        {
            w.WriteStringValue(m.EntityKey);
            w.WriteNumberValue(m.Start);
            w.WriteNumberValue(m.End);
            w.WriteStringValue(m.Text);
        });
        NameKeysJson = Json(nameKeys, (w, k) =>
        {
            w.WriteStringValue(k.NameKey);
            w.WriteStringValue(k.EntityKey);
        });
    }

    /// <summary>The document's key.</summary>
    public string Key => Rows.Document.Key;

    internal IngestRows Rows { get; }

    internal OriginEvidence Origin { get; }

    internal int NameKeyCount { get; }

    /// <summary>The mentions as one JSON array of <c>[entity key, start, end, text]</c>, inserted by one statement.</summary>
    internal string MentionsJson { get; }

    /// <summary>The name keys as one JSON array of <c>[name key, entity key]</c>.</summary>
    internal string NameKeysJson { get; }

    private static string Json<T>(IReadOnlyList<T> rows, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                write(writer, row);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
