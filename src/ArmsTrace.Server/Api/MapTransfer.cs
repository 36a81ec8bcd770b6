namespace ArmsTrace.Server.Api;

/// <summary>
/// Supply claims between two countries (each side's own country for organisations, groups and people), added up.
/// Denials are counted apart (<see cref="Denied"/>), so a "we never sent weapons" is never drawn as a supply route.
/// </summary>
internal sealed record MapTransfer(EntityLink From, EntityLink To, int Claims, IReadOnlyList<string> Items, IReadOnlyList<string> Stances, IReadOnlyList<long> ClaimIds, bool Denied);
