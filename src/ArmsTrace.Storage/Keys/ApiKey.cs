namespace ArmsTrace.Storage.Keys;

/// <summary>A stored key without its secret: who holds it, what it may do, and whether it still works.</summary>
/// <param name="Prefix">The key's first characters, enough to recognise it in a list.</param>
public sealed record ApiKey(long Id, string User, KeyRole Role, string Prefix, string CreatedAt, string CreatedBy, string? RevokedAt, string? RevokedBy)
{
    public bool Active => RevokedAt is null;
}
