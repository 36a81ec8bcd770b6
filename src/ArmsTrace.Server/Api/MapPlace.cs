namespace ArmsTrace.Server.Api;

internal sealed record MapPlace(string Key, string Name, string Type, double Latitude, double Longitude, long Claims, EntityLink? Country);
