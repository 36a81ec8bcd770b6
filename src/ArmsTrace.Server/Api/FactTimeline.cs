using ArmsTrace.Storage.Corroboration;

namespace ArmsTrace.Server.Api;

/// <summary>A fact's corroboration and its claims in the order they became known.</summary>
internal sealed record FactTimeline(FactSummary Fact, IReadOnlyList<FactStep> Steps);
