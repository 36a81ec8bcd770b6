namespace ArmsTrace.Bench.Synthetic;

/// <param name="Type">The stored type name (country, person, weapon...).</param>
internal sealed record SyntheticEntity(string Key, string Name, string Type);
