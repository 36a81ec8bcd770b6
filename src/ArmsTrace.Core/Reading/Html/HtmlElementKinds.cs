using static ArmsTrace.Core.Reading.Html.HtmlElementKind;

namespace ArmsTrace.Core.Reading.Html;

/// <summary>The HTML standard's element categories, by tag name, as <see cref="HtmlNesting"/> needs them.</summary>
internal static class HtmlElementKinds
{
    private static readonly Dictionary<string, HtmlElementKind> Kinds = Create();

    private static readonly Dictionary<string, HtmlElementKind>.AlternateLookup<ReadOnlySpan<char>> KindsByName =
        Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tag name in lower case, and its kind (none for a name the standard treats like any other).</summary>
    public static (string Name, HtmlElementKind Kind) Of(ReadOnlySpan<char> tagName) =>
        KindsByName.TryGetValue(tagName, out var name, out var kind) ? (name, kind) : (tagName.ToString().ToLowerInvariant(), None);

    private static Dictionary<string, HtmlElementKind> Create()
    {
        var kinds = new Dictionary<string, HtmlElementKind>(StringComparer.OrdinalIgnoreCase);
        void Add(HtmlElementKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                kinds[name] = kinds.GetValueOrDefault(name) | kind;
            }
        }

        Add(NoContent, "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
        Add(RawText, "iframe", "noembed", "noframes", "script", "style", "textarea", "title", "xmp");
        Add(Singleton, "html", "head", "body");
        Add(
            Special,
            "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption",
            "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
            "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
            "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
            "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary",
            "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp",
            "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc");
        Add(Formatting, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
        Add(
            ScopeBoundary,
            "applet", "caption", "html", "marquee", "object", "table", "td", "th", "template",
            "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title");
        Add(
            ClosesParagraph,
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
            "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "plaintext", "table", "hr", "xmp");
        Add(
            BreaksOutOfForeign,
            "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4",
            "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
            "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font");
        Add(IntegrationPoint, "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title");
        Add(Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        return kinds;
    }
}
