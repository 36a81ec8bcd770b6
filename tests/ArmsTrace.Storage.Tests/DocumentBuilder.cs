using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Storage.Tests;

/// <summary>
/// Builds an analysed document by hand, so storage tests do not move when the extractor changes.
/// Spans are found by searching the clean text for the surface given.
/// </summary>
internal sealed class DocumentBuilder
{
    private readonly AnalysisContext _context;

    public DocumentBuilder(string rawText, string key = "doc.txt", string? outlet = "Test Wire", string? published = "2023-02-01", bool decodeEntities = false, string title = "A headline")
    {
        _context = new AnalysisContext(new SourceDocument(rawText, new DocumentMetadata(key, title, "https://example.test/" + key, outlet, published)));
        if (decodeEntities)
        {
            _context.Clean = Decode(rawText);
        }
    }

    public string Clean => _context.Clean.Value;

    /// <summary>Adds an entity with one mention per occurrence of each surface form.</summary>
    public EntityRef Entity(string key, string name, EntityType type, params string[] surfaces)
    {
        var index = _context.Entities.Count;
        var entity = new ResolvedEntity("e" + (index + 1), key, name, type);
        _context.Entities.Add(entity);
        foreach (var surface in surfaces.Length == 0 ? [name] : surfaces)
        {
            var at = Clean.IndexOf(surface, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{surface}' is not in the clean text");
            while (at >= 0)
            {
                entity.Mentions.Add(_context.Mentions.Count);
                _context.Mentions.Add(new Mention(new TextSpan(at, at + surface.Length), 0, 1, type, MentionKind.Name, key, name));
                at = Clean.IndexOf(surface, at + surface.Length, StringComparison.Ordinal);
            }
        }

        return new EntityRef(entity.Id, key, name, type);
    }

    /// <summary>A reference to an entity the document does not mention (the extractor may name one from elsewhere).</summary>
    public static EntityRef Ref(string key, string name, EntityType type) => new("x", key, name, type);

    public DocumentBuilder Claim(
        ClaimType type,
        EntityRef subject,
        string evidence,
        EntityRef? obj = null,
        EntityRef? item = null,
        Stance stance = Stance.Asserted,
        EntityRef? source = null,
        ClaimQuantity? quantity = null,
        ClaimTime? time = null,
        double? confidence = null)
    {
        var at = Clean.IndexOf(evidence, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{evidence}' is not in the clean text");
        _context.Claims.Add(new Claim(type, subject, obj, item, quantity, time, source, stance, new TextSpan(at, at + evidence.Length), "test-extractor")
        {
            Confidence = confidence is { } c ? new ClaimConfidence(c, "set by the test") : null,
        });
        return this;
    }

    public AnalysisContext Build() => _context;

    /// <summary>Decodes a few HTML entities the way the reader does, keeping the map back to raw offsets.</summary>
    private static CleanText Decode(string raw)
    {
        string[] entities = ["&#34;", "&amp;", "&quot;"];
        char[] chars = ['"', '&', '"'];
        var clean = new System.Text.StringBuilder();
        var map = new List<int>();
        var i = 0;
        while (i < raw.Length)
        {
            var hit = Array.FindIndex(entities, e => string.CompareOrdinal(raw, i, e, 0, e.Length) == 0);
            map.Add(i);
            clean.Append(hit >= 0 ? chars[hit] : raw[i]);
            i += hit >= 0 ? entities[hit].Length : 1;
        }

        map.Add(raw.Length);
        return new CleanText(clean.ToString(), [.. map], []);
    }
}
