using ArmsTrace.Storage;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Server.Api;

/// <summary>Supply claims gathered into routes between countries, one for the claims that affirm a transfer and one for its denials.</summary>
internal static class MapRoutes
{
    public const int MostClaims = 1000;

    public static IReadOnlyDictionary<(string From, string To, bool Denied), (EntityLink From, EntityLink To, List<StoredClaim> Claims)> Read(
        IEvidenceGraph graph, MapGeography geography, string? from, string? to, string? asOf)
    {
        var routes = new Dictionary<(string, string, bool), (EntityLink From, EntityLink To, List<StoredClaim> Claims)>();
        foreach (var claim in graph.FindClaims(new ClaimQuery(["supply"], From: from, To: to, Limit: MostClaims, AsOf: asOf)))
        {
            if (claim.ObjectKey is null)
            {
                continue;
            }

            var a = geography.CountryOf(claim.SubjectKey);
            var b = geography.CountryOf(claim.ObjectKey);
            if (a is null || b is null || a.Key == b.Key)
            {
                continue;
            }

            var key = (a.Key, b.Key, claim.Stance == "denied");
            if (!routes.TryGetValue(key, out var route))
            {
                route = routes[key] = (a, b, []);
            }

            route.Claims.Add(claim);
        }

        return routes;
    }
}
