using System.Text.Encodings.Web;
using System.Text.Json;
using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Output;

/// <summary>
/// Writes one analysed document as one JSON line in the evaluation format
/// (../shared/eval/README.md). Offsets are raw offsets into the document text.
/// </summary>
public static class ExtractionJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        using (var w = new Utf8JsonWriter(output, Options))
        {
            WriteDocument(w, context);
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteDocument(Utf8JsonWriter w, AnalysisContext c)
    {
        var text = c.Document.Text;
        w.WriteStartObject();
        w.WriteString("document", c.Document.Metadata.Key);
        w.WriteString("published", c.Document.Metadata.Published);
        w.WriteString("outlet", c.Document.Metadata.Outlet);
        w.WriteStartArray("entities");
        foreach (var e in c.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("type", e.Type.ToName());
            w.WriteString("key", e.Key);
            w.WriteStartArray("mentions");
            foreach (var mi in e.Mentions)
            {
                var raw = c.Clean.ToRaw(c.Mentions[mi].Span);
                WriteSpan(w, null, raw, text);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var claim in c.Claims)
        {
            WriteClaim(w, claim, c, text);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim claim, AnalysisContext c, string text)
    {
        w.WriteStartObject();
        w.WriteString("type", claim.Type.ToName());
        WriteRef(w, "subject", claim.Subject);
        WriteRef(w, "object", claim.Object);
        WriteRef(w, "item", claim.Item);
        if (claim.Quantity is { } q)
        {
            w.WriteStartObject("quantity");
            w.WriteNumber("value", q.Value);
            w.WriteString("unit", q.Unit);
            w.WriteString("text", q.Text);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("quantity");
        }

        if (claim.Time is { } t)
        {
            w.WriteStartObject("time");
            w.WriteString("text", t.Text);
            w.WriteString("from", t.From);
            w.WriteString("to", t.To);
            w.WriteString("precision", t.Precision);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("time");
        }

        WriteRef(w, "source", claim.Source);
        w.WriteString("stance", claim.Stance.ToName());
        WriteSpan(w, "evidence", c.Clean.ToRaw(claim.Evidence), text);
        w.WriteString("extractor", claim.Extractor);
        w.WriteEndObject();
    }

    private static void WriteRef(Utf8JsonWriter w, string name, EntityRef? r)
    {
        if (r is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        w.WriteString("type", r.Type.ToName());
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, string? name, TextSpan span, string text)
    {
        if (name is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }

        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", text.AsSpan(span.Start, span.Length));
        w.WriteEndObject();
    }
}
