using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Storage;

namespace ArmsTrace.Server.Api;

/// <summary>
/// Which country the map puts an entity in, and under what names: an analyst's country for the entity wins over
/// the knowledge base's, and stored names win over the knowledge base's, so renames and corrections show on the map
/// as they do in every other view.
/// </summary>
internal sealed class MapGeography
{
    private readonly Dictionary<string, StoredEntity> _stored = new(StringComparer.Ordinal);
    private readonly KnowledgeLookup _knowledge;

    public MapGeography(IEnumerable<StoredEntity> entities, KnowledgeLookup knowledge)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        foreach (var e in entities)
        {
            _stored[e.Key] = e;
        }
    }

    public IEnumerable<StoredEntity> Entities => _stored.Values;

    /// <summary>The country an entity belongs to: itself for a country; null when neither an analyst nor the knowledge base says.</summary>
    public EntityLink? CountryOf(string entityKey)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        var stored = _stored.GetValueOrDefault(entityKey);
        var kb = _knowledge.Find(entityKey);
        if (stored?.Type == "country" || (stored is null && kb?.Type == EntityType.Country))
        {
            return Link(entityKey, kb);
        }

        if (stored?.CountryKey is { } judged)
        {
            return Link(judged, _knowledge.Find(judged));
        }

        return kb?.Country is { } id && _knowledge.Entry(id) is { } country ? Link(country.Key, country) : null;
    }

    private EntityLink? Link(string key, KbEntry? kb) =>
        _stored.TryGetValue(key, out var stored) ? new EntityLink(key, stored.Name)
        : kb is not null ? new EntityLink(key, kb.Name)
        : null;
}
