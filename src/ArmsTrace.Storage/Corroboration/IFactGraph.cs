using ArmsTrace.Storage.Origins;

namespace ArmsTrace.Storage.Corroboration;

/// <summary>
/// Corroboration, contradictions and stance over time, per fact, aggregated in the database over
/// current claims. Every date argument is a normalised <see cref="AsOfDate"/> or null. Safe to call
/// from several threads.
/// </summary>
public interface IFactGraph : IDisposable
{
    IReadOnlyList<FactSummary> Facts(FactQuery query);

    /// <summary>The summaries of these facts, strongest first as <see cref="Facts"/> orders them; facts no claim known by <paramref name="asOf"/> supports are absent.</summary>
    IReadOnlyList<FactSummary> FactsOf(IReadOnlyCollection<FactKey> keys, string? asOf = null);

    /// <summary>
    /// The independent origins of every fact from one of <paramref name="subjects"/> to one of <paramref name="targets"/> known by
    /// <paramref name="asOf"/>, as <see cref="FactSummary.Origins"/> counts them; facts without claims are absent.
    /// </summary>
    IReadOnlyDictionary<FactKey, long> Origins(IReadOnlyCollection<string> subjects, IReadOnlyCollection<string> targets, string? asOf = null);

    /// <summary>One fact's summary; null when no claim known by <paramref name="asOf"/> supports it.</summary>
    FactSummary? Fact(FactKey key, string? asOf = null);

    /// <summary>The fact's claims in the order they became known, at most 500.</summary>
    IReadOnlyList<FactStep> Timeline(FactKey key, string? asOf = null);

    /// <summary>Disputed facts, latest activity first, each with its sides.</summary>
    IReadOnlyList<Dispute> Disputes(string? asOf, int limit, int offset);

    /// <summary>The origin of the current document with this key; null when there is none.</summary>
    DocumentOrigin? Origin(string documentKey);

    KnownSpan Dates();
}
