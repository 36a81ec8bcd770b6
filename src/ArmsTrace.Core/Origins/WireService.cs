namespace ArmsTrace.Core.Origins;

/// <summary>A news agency from lexicons/wire-services.txt.</summary>
/// <param name="Key">Stable short key ("reuters"), which names the agency's origin.</param>
/// <param name="Name">The agency's full name, as shown.</param>
public sealed record WireService(string Key, string Name, IReadOnlyList<string> Names);
