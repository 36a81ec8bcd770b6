using System.Text.Json;

namespace ArmsTrace.Core.Reading.Html;

/// <summary>
/// What a page's schema.org JSON-LD blocks say about the article: many news sites give their date
/// and publisher only there. The first article-like object that has a field wins.
/// </summary>
internal sealed record JsonLdMetadata(string? Headline, string? DatePublished, string? Publisher)
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Reads every block; one that is not JSON is metadata the page got wrong, so it is passed over rather than failing the page.</summary>
    public static JsonLdMetadata Read(IEnumerable<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        string? headline = null, published = null, publisher = null;
        foreach (var block in blocks)
        {
            JsonDocument parsed;
            try
            {
                parsed = JsonDocument.Parse(block, Lenient);
            }
            catch (JsonException)
            {
                continue;
            }

            using (parsed)
            {
                foreach (var item in Items(parsed.RootElement))
                {
                    headline ??= Text(item, "headline");
                    published ??= Text(item, "datePublished");
                    publisher ??= item.TryGetProperty("publisher", out var who) ? Name(who) : null;
                }
            }
        }

        return new JsonLdMetadata(headline, published, publisher);
    }

    /// <summary>The objects of a block: itself, the entries of an array, or of its @graph.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array
            ? [root, .. graph.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)]
            : [root];
    }

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A publisher is an organisation object with a name, a list of them, or plain text.</summary>
    private static string? Name(JsonElement publisher) => publisher.ValueKind switch
    {
        JsonValueKind.String => publisher.GetString(),
        JsonValueKind.Object => Text(publisher, "name"),
        JsonValueKind.Array => publisher.EnumerateArray().Select(Name).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
