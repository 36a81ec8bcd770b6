namespace ArmsTrace.Core.Reading.Html;

/// <summary>An element on <see cref="HtmlNesting"/>'s stack of open elements.</summary>
internal sealed class HtmlOpenElement(string name, HtmlElementKind kind, bool foreign)
{
    public string Name { get; } = name;

    public HtmlElementKind Kind { get; } = kind;

    /// <summary>SVG or MathML rather than HTML.</summary>
    public bool Foreign { get; } = foreign;

    /// <summary>False once popped: a formatting element may then be reopened by a copy.</summary>
    public bool IsOpen { get; set; } = true;
}
