namespace ArmsTrace.Core.Reading.Html;

/// <summary>A page read by <see cref="HtmlPageReader"/>: the article, or why there is none.</summary>
internal sealed record HtmlReading(HtmlArticle? Article, HtmlProblem Problem);
