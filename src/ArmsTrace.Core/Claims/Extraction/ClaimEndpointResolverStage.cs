using System.Collections.Frozen;
using System.Globalization;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Claims.Extraction;

/// <summary>
/// Settles capital-city metonymy on claim endpoints after extraction. A capital that is a party
/// (supplier, recipient, sanctioner, sponsor, attacker, speaker: "Moscow", "to Tehran") stands for
/// its country; a capital that is where something is or happens (located_in, a visit's
/// destination, an attack's target) stays the city, even where the recogniser read it as the country.
/// </summary>
public sealed class ClaimEndpointResolverStage : IPipelineStage
{
    private readonly FrozenDictionary<string, KbEntry> _countryOfCapital;
    private readonly FrozenDictionary<string, KbEntry> _capitalByName;

    public ClaimEndpointResolverStage(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var countries = kb.Entries.Where(e => e.Type == EntityType.Country).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var countryOfCapital = new Dictionary<string, KbEntry>(StringComparer.Ordinal);
        var capitalByName = new Dictionary<string, KbEntry>(StringComparer.Ordinal);
        foreach (var place in kb.Entries.Where(e => e.Type == EntityType.Place && e.Country is not null))
        {
            if (!countries.TryGetValue(place.Country!, out var country))
            {
                continue;
            }

            var names = place.Aliases.Prepend(place.Name).Select(n => NameNormalizer.Normalize(n)).ToHashSet(StringComparer.Ordinal);
            var metonyms = country.Metonyms.Select(n => NameNormalizer.Normalize(n)).Where(names.Contains).ToList();
            if (metonyms.Count == 0)
            {
                continue;
            }

            countryOfCapital.TryAdd(place.Key, country);
            foreach (var m in metonyms)
            {
                capitalByName.TryAdd(country.Id + "|" + m, place);
            }
        }

        _countryOfCapital = countryOfCapital.ToFrozenDictionary(StringComparer.Ordinal);
        _capitalByName = capitalByName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Name => "endpoint-metonymy";

    public IReadOnlyList<Layer> Needs { get; } = [Layer.Entities, Layer.Claims];

    public IReadOnlyList<Layer> Adds => [];

    /// <summary>Replaces endpoints, and adds the entity an endpoint now names when the document has none.</summary>
    public IReadOnlyList<Layer> Amends { get; } = [Layer.Claims, Layer.Entities];

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < context.Claims.Count; i++)
        {
            var c = context.Claims[i];
            var resolved = c with
            {
                Subject = Resolve(context, c, c.Subject, IsPlaceRole(c.Type, subject: true))!,
                Object = Resolve(context, c, c.Object, IsPlaceRole(c.Type, subject: false)),
                Source = Resolve(context, c, c.Source, place: false),
            };
            if (resolved != c)
            {
                context.Claims[i] = resolved;
            }
        }
    }

    /// <summary>Where the endpoint is a location rather than a party.</summary>
    private static bool IsPlaceRole(ClaimType type, bool subject) =>
        !subject && type is ClaimType.LocatedIn or ClaimType.Visit or ClaimType.Attack;

    private EntityRef? Resolve(AnalysisContext context, Claim claim, EntityRef? endpoint, bool place)
    {
        if (endpoint is null)
        {
            return null;
        }

        if (!place)
        {
            return _countryOfCapital.TryGetValue(endpoint.Key, out var country) ? Reference(context, country) : endpoint;
        }

        if (endpoint.Type != EntityType.Country || EntityKey.KnowledgeBaseId(endpoint.Key) is not { } countryId)
        {
            return endpoint;
        }

        foreach (var m in context.Mentions)
        {
            if (m.Key != endpoint.Key || m.Span.Start < claim.Evidence.Start || m.Span.End > claim.Evidence.End)
            {
                continue;
            }

            var surface = NameNormalizer.Normalize(context.Clean.Value.AsSpan(m.Span.Start, m.Span.Length));
            if (_capitalByName.TryGetValue(countryId + "|" + surface, out var city))
            {
                return Reference(context, city);
            }
        }

        return endpoint;
    }

    /// <summary>The document's entity for <paramref name="entry"/>, added (without mentions) when the document has none.</summary>
    private static EntityRef Reference(AnalysisContext context, KbEntry entry)
    {
        var existing = context.Entities.FirstOrDefault(e => e.Key == entry.Key);
        if (existing is null)
        {
            existing = new ResolvedEntity("e" + (context.Entities.Count + 1).ToString(CultureInfo.InvariantCulture), entry.Key, entry.Name, entry.Type);
            context.Entities.Add(existing);
        }

        return new EntityRef(existing.Id, existing.Key, existing.Name, existing.Type);
    }
}
