using ArmsTrace.Storage;
using ArmsTrace.Storage.Merges;

namespace ArmsTrace.Cli.Commands;

/// <summary>`show` through merges: a dossier widened to every entity merged with it.</summary>
internal static class MergedDossiers
{
    public static EntityDossier? Widen(string path, IEvidenceStore store, EntityDossier? dossier, string? asOf = null)
    {
        if (dossier is null)
        {
            return null;
        }

        using var merges = StoreLocation.Parse(path).OpenMerges();
        return MergedDossier.Widen(store, merges, dossier, asOf);
    }
}
