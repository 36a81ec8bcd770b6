namespace ArmsTrace.Storage.Exports;

/// <summary>
/// A stored entity with what the knowledge base adds for the formats that carry it: its country
/// (name and ISO 3166-1 alpha-2 code), coordinates and other names.
/// </summary>
/// <param name="Claims">Exported claims it plays a role in.</param>
public sealed record ExportEntity(
    string Key,
    string Name,
    string Type,
    long Claims,
    string? CountryName,
    string? CountryCode,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> Aliases);
