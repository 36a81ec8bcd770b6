using ArmsTrace.Storage;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Server.Api;

internal static class EntityKeys
{
    /// <summary>
    /// A stored entity's key given its key, or a name or alias as <see cref="IEvidenceStore.Dossier"/> resolves it
    /// (through <see cref="IEvidenceStore.Profile"/>, which does not read the entity's claims); null when none.
    /// </summary>
    public static string? Resolve(IEvidenceStore store, IEvidenceGraph graph, string keyOrName) =>
        graph.Entities([keyOrName]).Count > 0 ? keyOrName : store.Profile(keyOrName)?.Entity.Key;
}
