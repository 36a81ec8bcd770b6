using System.Collections.Frozen;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Matching;

/// <summary>
/// Country names, aliases, demonyms, knowledge-base ids and ISO codes to one knowledge-base id, so
/// that "Iran", "IR", "IRN" and "Islamic Republic of Iran" compare equal and an unknown spelling
/// is treated as unknown rather than as a different country.
/// </summary>
internal static class CountryNames
{
    private static readonly FrozenDictionary<string, string> Ids = Build();

    public static string? Resolve(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        // UN lists write "Iran (Islamic Republic of)".
        var paren = country.IndexOf('(', StringComparison.Ordinal);
        return Ids.GetValueOrDefault(Fold(country)) ?? (paren > 0 ? Ids.GetValueOrDefault(Fold(country[..paren])) : null);
    }

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in KnowledgeBase.Bundled.Entries.Where(e => e.Type == EntityType.Country))
        {
            foreach (var n in e.Aliases.Concat(e.Demonyms).Append(e.Name).Append(e.Id))
            {
                map.TryAdd(Fold(n), e.Id);
            }
        }

        foreach (var (id, codes) in GeoData.CountryCodes)
        {
            foreach (var code in codes)
            {
                map.TryAdd(Fold(code), id);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Fold(string name) => string.Concat(PreparedName.SplitWords(name));
}
