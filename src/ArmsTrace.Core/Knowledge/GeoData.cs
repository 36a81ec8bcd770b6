using System.Globalization;

namespace ArmsTrace.Core.Knowledge;

/// <summary>
/// The country and city tables that tools/geodata writes from public GeoNames and Natural Earth
/// derived packages, and what the knowledge base takes from them: coordinates it lacks and
/// independent countries it does not list.
/// </summary>
internal static class GeoData
{
    private static readonly Lazy<IReadOnlyList<GeoCountry>> LazyCountries = new(() => [.. Rows("geo/countries.tsv").Select(ParseCountry)]);
    private static readonly Lazy<IReadOnlyList<GeoCity>> LazyCities = new(() => [.. Rows("geo/cities.tsv").Select(ParseCity)]);
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> LazyCodes = new(() => Codes(KnowledgeBase.Bundled.Entries));

    public static IReadOnlyList<GeoCountry> Countries => LazyCountries.Value;

    public static IReadOnlyList<GeoCity> Cities => LazyCities.Value;

    /// <summary>Knowledge-base country id to its ISO codes and the table's names for it.</summary>
    public static IReadOnlyDictionary<string, string[]> CountryCodes => LazyCodes.Value;

    /// <summary>Entries with coordinates filled in where the tables know the place, plus independent countries missing from them.</summary>
    public static IReadOnlyList<KbEntry> Enrich(IReadOnlyCollection<KbEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var countryOf = CountryIds(entries);
        var iso2ById = countryOf.ToDictionary(p => p.Value, p => p.Key.Iso2, StringComparer.Ordinal);
        var cities = Cities.GroupBy(c => (Fold(c.Name), c.Iso2)).ToDictionary(g => g.Key, g => g.First());
        var result = new List<KbEntry>(entries.Count);
        foreach (var e in entries)
        {
            if (e.Latitude is not null || e.Type is not (Entities.EntityType.Country or Entities.EntityType.Place or Entities.EntityType.Facility))
            {
                result.Add(e);
                continue;
            }

            if (e.Type == Entities.EntityType.Country && countryOf.FirstOrDefault(p => p.Value == e.Id).Key is { } geo)
            {
                result.Add(e with { Latitude = geo.Latitude, Longitude = geo.Longitude });
                continue;
            }

            var iso2 = e.Country is not null ? iso2ById.GetValueOrDefault(e.Country) : null;
            var city = iso2 is null ? null : e.Aliases.Prepend(e.Name).Select(n => cities.GetValueOrDefault((Fold(n), iso2))).FirstOrDefault(c => c is not null);
            result.Add(city is null ? e : e with { Latitude = city.Latitude, Longitude = city.Longitude });
        }

        var known = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var c in Countries.Where(c => c.Independent && !countryOf.ContainsKey(c)))
        {
            var id = string.Join('-', Tokens(c.Name));
            if (known.Add(id))
            {
                string[] aliases = c.OfficialName == c.Name ? [] : [c.OfficialName];
                string[] demonyms = c.Demonym.Length == 0 ? [] : [c.Demonym];
                string[] metonyms = c.Capital.Length == 0 ? [] : [c.Capital];
                result.Add(new KbEntry(id, c.Name, Entities.EntityType.Country, aliases, demonyms, metonyms, null, id, c.Latitude, c.Longitude));
            }
        }

        return result;
    }

    /// <summary>Country id to its ISO codes and the table's names, for the countries among <paramref name="entries"/>.</summary>
    public static Dictionary<string, string[]> Codes(IEnumerable<KbEntry> entries) =>
        CountryIds(entries).ToDictionary(p => p.Value, p => new[] { p.Key.Iso2, p.Key.Iso3, p.Key.Name, p.Key.OfficialName }, StringComparer.Ordinal);

    /// <summary>Each table country matched to the knowledge-base country that has its common or official name.</summary>
    private static Dictionary<GeoCountry, string> CountryIds(IEnumerable<KbEntry> entries)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entries.Where(e => e.Type == Entities.EntityType.Country))
        {
            foreach (var n in e.Aliases.Prepend(e.Name))
            {
                byName.TryAdd(Fold(n), e.Id);
            }
        }

        var result = new Dictionary<GeoCountry, string>();
        foreach (var c in Countries)
        {
            if ((byName.GetValueOrDefault(Fold(c.Name)) ?? byName.GetValueOrDefault(Fold(c.OfficialName))) is { } id)
            {
                result.TryAdd(c, id);
            }
        }

        return result;
    }

    private static string Fold(string name) => string.Join(' ', Tokens(name));

    private static IEnumerable<string> Tokens(string name) =>
        NameNormalizer.Normalize(name).Split([' ', '-', ',', '.', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string[]> Rows(string resource) =>
        ResourceFiles.ReadLines(resource).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));

    private static GeoCountry ParseCountry(string[] f) =>
        new(f[0], f[1], f[2], f[3], f[4], f[5], Number(f[6]), Number(f[7]), f[8] == "1");

    private static GeoCity ParseCity(string[] f) =>
        new(f[0], f[1], Number(f[2]), Number(f[3]), long.Parse(f[4], CultureInfo.InvariantCulture), f.Length > 5 ? f[5] : string.Empty);

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
