namespace ArmsTrace.Server.Api;

/// <summary>What the map draws. Countries carry their names and aliases so the page can match them to the atlas's shapes.</summary>
internal sealed record MapData(IReadOnlyList<MapPlace> Places, IReadOnlyList<MapCountry> Countries, IReadOnlyList<MapTransfer> Transfers, bool HasMore);
