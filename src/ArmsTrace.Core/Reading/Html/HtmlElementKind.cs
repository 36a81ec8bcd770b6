namespace ArmsTrace.Core.Reading.Html;

/// <summary>
/// What the HTML tree builder does with an element, as far as <see cref="HtmlNesting"/> needs to know: the
/// categories are the HTML standard's ("special", "formatting", scope markers).
/// </summary>
[Flags]
internal enum HtmlElementKind
{
    None = 0,

    /// <summary>Never has content (br, img): nothing to nest.</summary>
    NoContent = 1 << 0,

    /// <summary>Content is text up to the matching end tag (script, textarea): tags inside do not nest.</summary>
    RawText = 1 << 1,

    /// <summary>html, head, body: the parser keeps one of each and merges repeats into it.</summary>
    Singleton = 1 << 2,

    /// <summary>The standard's "special" category: an end tag for another element does not close across it.</summary>
    Special = 1 << 3,

    /// <summary>b, i, a...: closed by the adoption agency, which takes out only the element itself.</summary>
    Formatting = 1 << 4,

    /// <summary>Bounds "has an element in scope": an end tag does not close what lies below it.</summary>
    ScopeBoundary = 1 << 5,

    /// <summary>Its start tag first closes an open p.</summary>
    ClosesParagraph = 1 << 6,

    /// <summary>Its start tag inside SVG or MathML leaves foreign content and is parsed as HTML.</summary>
    BreaksOutOfForeign = 1 << 7,

    /// <summary>Inside SVG or MathML, its content is parsed as HTML again.</summary>
    IntegrationPoint = 1 << 8,

    /// <summary>h1 to h6: each closes an open heading.</summary>
    Heading = 1 << 9,
}
