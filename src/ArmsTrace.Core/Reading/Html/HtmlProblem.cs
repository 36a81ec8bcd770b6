namespace ArmsTrace.Core.Reading.Html;

/// <summary>Why a page gave no article; each caller names the limit in its own terms.</summary>
internal enum HtmlProblem
{
    None,

    /// <summary>Nested deeper than the depth limit: refused before parsing.</summary>
    TooDeep,

    /// <summary>The parse ran past the time limit and was abandoned.</summary>
    TooSlow,

    /// <summary>Parsed, but nothing in it reads as article text.</summary>
    NoText,
}
