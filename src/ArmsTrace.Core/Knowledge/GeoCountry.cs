namespace ArmsTrace.Core.Knowledge;

/// <summary>One row of geo/countries.tsv.</summary>
internal sealed record GeoCountry(string Iso2, string Iso3, string Name, string OfficialName, string Demonym, string Capital, double Latitude, double Longitude, bool Independent);
