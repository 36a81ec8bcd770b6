namespace ArmsTrace.Storage.Merges;

/// <summary>One entity's dossier widened to its whole merge cluster: every member's names and claims, each claim once.</summary>
internal static class MergedDossier
{
    public static EntityDossier Widen(IEvidenceStore store, IMergeStore merges, EntityDossier dossier, string? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(merges);
        ArgumentNullException.ThrowIfNull(dossier);
        var cluster = merges.Cluster(dossier.Entity.Key);
        if (cluster.Count == 1)
        {
            return dossier;
        }

        var names = new List<string>(dossier.Names);
        var claims = new List<StoredClaim>(dossier.Claims);
        foreach (var key in cluster.Skip(1))
        {
            if (store.Dossier(key, asOf) is not { } other || !string.Equals(other.Entity.Key, key, StringComparison.Ordinal))
            {
                continue;
            }

            names.AddRange(other.Names.Where(n => !names.Contains(n, StringComparer.Ordinal)));
            claims.AddRange(other.Claims.Where(c => claims.All(k => k.Id != c.Id)));
        }

        var ordered = claims.OrderBy(c => c.Published is null).ThenBy(c => c.Published, StringComparer.Ordinal)
            .ThenBy(c => c.DocumentKey, StringComparer.Ordinal).ThenBy(c => c.EvidenceStart).ThenBy(c => c.Id).ToList();
        var entity = dossier.Entity with { Claims = ordered.Count };
        return new EntityDossier(entity, names, ordered);
    }
}
