using UUIDNext;

namespace ArmsTrace.Storage.Exports.Stix;

/// <summary>Deterministic STIX identifiers: UUIDv5 of our stable keys under one ArmsTrace namespace.</summary>
internal static class StixIds
{
    private static readonly Guid Namespace = new("6f3c1d52-9a1e-4c55-8a7e-2b0d9e4f7a31");

    public static string Of(string stixType, string stableKey) => $"{stixType}--{Uuid.NewNameBased(Namespace, stableKey)}";

    public static readonly string Producer = Of("identity", "producer:armstrace");

    public static readonly string ClaimExtension = Of("extension-definition", "extension:claim");

    public static readonly string WeaponExtension = Of("extension-definition", "extension:weapon");
}
