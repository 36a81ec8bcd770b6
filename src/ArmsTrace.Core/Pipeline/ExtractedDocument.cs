using ArmsTrace.Core.Documents;

namespace ArmsTrace.Core.Pipeline;

/// <summary>One document after extraction: its analysis, or the error extraction stopped on.</summary>
public sealed record ExtractedDocument(SourceDocument Document, AnalysisContext? Analysis, Exception? Error);
