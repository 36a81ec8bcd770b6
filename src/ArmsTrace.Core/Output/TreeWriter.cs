using System.Globalization;
using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Output;

/// <summary>
/// Writes an analysed document as CoNLL-U: each sentence's parse with the names found in it
/// (MISC column, Entity=B-type/I-type) and the claims drawn from it as comments, so a reader can
/// see why a claim was or was not found.
/// </summary>
public static class TreeWriter
{
    public static void Write(TextWriter writer, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        var a = context.Annotations;
        var entityAt = new string?[context.Tokens.Count];
        foreach (var m in context.Mentions)
        {
            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                entityAt[t] ??= (t == m.FirstToken ? "B-" : "I-") + m.Type.ToName() + (t == m.FirstToken ? "|Name=" + m.CanonicalName.Replace(' ', '_') : string.Empty);
            }
        }

        writer.WriteLine("# doc = " + context.Document.Metadata.Key);
        foreach (var s in context.Sentences)
        {
            writer.WriteLine("# text = " + context.Clean.Value.AsSpan(s.Span.Start, s.Span.Length).ToString().ReplaceLineEndings(" "));
            foreach (var c in context.Claims)
            {
                if (c.Evidence.Start == s.Span.Start)
                {
                    writer.WriteLine($"# claim = {c.Type.ToName()} {c.Subject.Name} -> {c.Object?.Name ?? "-"} item={c.Item?.Name ?? "-"} stance={c.Stance.ToName()} source={c.Source?.Name ?? "-"}");
                }
            }

            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                var head = a.Head[t] < 0 ? 0 : a.Head[t] - s.FirstToken + 1;
                writer.WriteLine(string.Join('\t',
                    (t - s.FirstToken + 1).ToString(CultureInfo.InvariantCulture),
                    context.TokenText(t).ToString(),
                    a.Lemma[t] ?? "_",
                    a.Upos[t] ?? "_",
                    a.Xpos[t] ?? "_",
                    "_",
                    head.ToString(CultureInfo.InvariantCulture),
                    a.Deprel[t] ?? "_",
                    "_",
                    entityAt[t] is { } e ? "Entity=" + e : "_"));
            }

            writer.WriteLine();
        }
    }
}
