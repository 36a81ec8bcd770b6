namespace ArmsTrace.Server.Api;

/// <summary>Supply claims between two countries (each side's own country for organisations, groups and people), added up.</summary>
internal sealed record MapTransfer(EntityLink From, EntityLink To, int Claims, IReadOnlyList<string> Items, IReadOnlyList<string> Stances, IReadOnlyList<long> ClaimIds);
