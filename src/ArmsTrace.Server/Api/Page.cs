namespace ArmsTrace.Server.Api;

/// <summary>One page of a list. <see cref="HasMore"/> comes from asking for one row past the page, so no count query is needed.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, bool HasMore);
