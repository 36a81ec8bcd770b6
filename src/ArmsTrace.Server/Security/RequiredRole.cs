using ArmsTrace.Storage.Keys;

namespace ArmsTrace.Server.Security;

/// <summary>Endpoint metadata for a role above the default (reader for reads, analyst for writes).</summary>
internal sealed record RequiredRole(KeyRole Role);
