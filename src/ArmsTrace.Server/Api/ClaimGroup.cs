using ArmsTrace.Storage;

namespace ArmsTrace.Server.Api;

internal sealed record ClaimGroup(string Type, IReadOnlyList<StoredClaim> Claims);
