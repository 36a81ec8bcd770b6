namespace ArmsTrace.Core.Knowledge;

/// <summary>One row of geo/cities.tsv.</summary>
/// <param name="Role">"capital", "seat" (of a province or county) or empty.</param>
internal sealed record GeoCity(string Name, string Iso2, double Latitude, double Longitude, long Population, string Role);
