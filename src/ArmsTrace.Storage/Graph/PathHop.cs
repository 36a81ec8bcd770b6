namespace ArmsTrace.Storage.Graph;

public sealed record PathHop(string FromKey, string ToKey, IReadOnlyList<StoredClaim> Claims);
