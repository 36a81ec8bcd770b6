namespace ArmsTrace.Storage.Lists;

/// <summary>OFAC's entry types in the words the graph uses; OFAC leaves entities untyped ("-0-" in CSV).</summary>
internal static class OfacTypes
{
    public static string Normalize(string? sdnType) => sdnType?.Trim().ToUpperInvariant() switch
    {
        "INDIVIDUAL" => "person",
        "VESSEL" => "vessel",
        "AIRCRAFT" => "aircraft",
        _ => "organization",
    };
}
