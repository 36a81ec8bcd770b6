namespace ArmsTrace.Server.Api;

internal sealed record MapCountry(string Key, string Name, IReadOnlyList<string> Aliases, double? Latitude, double? Longitude, long Claims);
