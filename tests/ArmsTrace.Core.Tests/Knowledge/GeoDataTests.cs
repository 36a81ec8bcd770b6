using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Matching;
using Xunit.Abstractions;

namespace ArmsTrace.Core.Tests.Knowledge;

public sealed class GeoDataTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Semnan", 35.6, 53.4)]
    [InlineData("Kashan", 34.0, 51.4)]
    [InlineData("Tehran", 35.7, 51.4)]
    [InlineData("Baghdad", 33.3, 44.4)]
    [InlineData("Gaza", 31.5, 34.4)]
    public void Kb_RequiredPlace_HasCoordinates(string name, double lat, double lon)
    {
        var e = KnowledgeBase.Bundled.Entries.First(e => e.Name == name && e.Type == EntityType.Place);
        Assert.InRange(e.Latitude!.Value, lat - 0.2, lat + 0.2);
        Assert.InRange(e.Longitude!.Value, lon - 0.2, lon + 0.2);
    }

    [Fact]
    public void Geo_Tables_CoverCountriesAndCities()
    {
        Assert.True(GeoData.Countries.Count >= 240);
        Assert.Contains(GeoData.Cities, c => c.Name == "Kāshān" && c.Iso2 == "IR");
    }

    [Fact]
    public void Kb_EveryIndependentCountry_IsAnEntryWithCoordinates()
    {
        var countries = KnowledgeBase.Bundled.Entries.Where(e => e.Type == EntityType.Country).ToList();
        output.WriteLine(string.Join(", ", countries.Select(c => c.Id)));
        Assert.True(countries.Count >= GeoData.Countries.Count(c => c.Independent));
        Assert.All(countries, c => Assert.NotNull(c.Latitude));
    }

    [Theory]
    [InlineData("IR", "iran")]
    [InlineData("IRN", "iran")]
    [InlineData("Islamic Republic of Iran", "iran")]
    [InlineData("Russian Federation", "russia")]
    [InlineData("Iranian", "iran")]
    public void Country_Spellings_ResolveToOneId(string text, string id) => Assert.Equal(id, CountryNames.Resolve(text));

    [Fact]
    public void Kb_UserFile_ExtendsAndReplaces()
    {
        var extra = """
            {"id": "test-depot", "name": "Example Drone Depot", "type": "facility", "aliases": ["EDD"], "country": "iran", "lat": 35.1, "lon": 51.2}
            not json
            """;
        var kb = KnowledgeBase.Bundled.Extend([("mine.jsonl", new StringReader(extra))]);
        Assert.NotNull(kb.Find("test-depot"));
        Assert.Contains(kb.Problems, p => p.StartsWith("mine.jsonl:2:", StringComparison.Ordinal));
    }

    [Fact]
    public void Kb_UserFolders_ReadJsonlFilesAndSkipMissingFolders()
    {
        var folder = Directory.CreateTempSubdirectory("armstrace-kb-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "extra.jsonl"), "{\"id\": \"test-depot\", \"name\": \"Example Depot\", \"type\": \"facility\"}\n");
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "ignored");
            var files = KnowledgeBase.UserFiles(folder + Path.PathSeparator + Path.Combine(folder, "missing")).ToList();
            var kb = KnowledgeBase.Bundled.Extend(files);
            Assert.Single(files);
            Assert.Equal("Example Depot", kb.Find("test-depot")!.Name);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
