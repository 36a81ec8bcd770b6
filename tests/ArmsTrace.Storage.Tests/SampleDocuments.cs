using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Storage.Tests;

/// <summary>A small corpus whose counts the tests spell out.</summary>
internal static class SampleDocuments
{
    public const string DroneText = "Iran supplied 46 Shahed-136 drones to Russia in 2022, officials said. Tehran denied sending drones.";

    public const string RocketText = "China sold CH-4 drones to Iraq. Hezbollah received rockets from Iran, according to Reuters.";

    public const string FactoryText = "GRI makes drone engines. Ghazanfar Roknabadi Industries is based in Tehran.";

    /// <summary>Stores Drones, Rockets and Factory, the corpus most suites start from.</summary>
    public static void IngestAll(IEvidenceStore store)
    {
        store.Ingest(Drones(), "v1");
        store.Ingest(Rockets(), "v1");
        store.Ingest(Factory(), "v1");
    }

    /// <summary>4 mentions, 3 entities, 2 supply claims by Iran (reported, denied), published 2023-03-01.</summary>
    public static AnalysisContext Drones(string key = "a.txt")
    {
        var d = new DocumentBuilder(DroneText, key, "Wire A", "2023-03-01");
        var iran = d.Entity("kb:iran", "Iran", EntityType.Country, "Iran", "Tehran");
        var russia = d.Entity("kb:russia", "Russia", EntityType.Country);
        var shahed = d.Entity("kb:shahed-136", "Shahed-136", EntityType.Weapon);
        d.Claim(
            ClaimType.Supply,
            iran,
            "Iran supplied 46 Shahed-136 drones to Russia in 2022, officials said.",
            obj: russia,
            item: shahed,
            stance: Stance.Reported,
            quantity: new ClaimQuantity(46, "drones", "46"),
            time: new ClaimTime("in 2022", "2022-01-01", "2022-12-31", "year"));
        d.Claim(ClaimType.Supply, iran, "Tehran denied sending drones.", obj: russia, stance: Stance.Denied);
        return d.Build();
    }

    /// <summary>Another text under the Drones key: 2 mentions, 1 asserted supply claim.</summary>
    public static AnalysisContext DronesEdited(string key = "a.txt")
    {
        var d = new DocumentBuilder("Iran supplied drones to Russia.", key, "Wire A", "2023-03-01");
        var iran = d.Entity("kb:iran", "Iran", EntityType.Country);
        var russia = d.Entity("kb:russia", "Russia", EntityType.Country);
        d.Claim(ClaimType.Supply, iran, "Iran supplied drones to Russia.", obj: russia);
        return d.Build();
    }

    /// <summary>6 mentions, 6 entities, 2 supply claims (China asserted; Iran alleged per Reuters), published 2022-08-05.</summary>
    public static AnalysisContext Rockets(string key = "b.txt")
    {
        var d = new DocumentBuilder(RocketText, key, "Wire B", "2022-08-05");
        var china = d.Entity("kb:china", "China", EntityType.Country);
        var ch4 = d.Entity("kb:ch-4", "CH-4", EntityType.Weapon);
        var iraq = d.Entity("kb:iraq", "Iraq", EntityType.Country);
        var hezbollah = d.Entity("kb:hezbollah", "Hezbollah", EntityType.Group);
        var iran = d.Entity("kb:iran", "Iran", EntityType.Country);
        var reuters = d.Entity("name:reuters", "Reuters", EntityType.Organization);
        d.Claim(ClaimType.Supply, china, "China sold CH-4 drones to Iraq.", obj: iraq, item: ch4);
        d.Claim(ClaimType.Supply, iran, "Hezbollah received rockets from Iran, according to Reuters.", obj: hezbollah, stance: Stance.Alleged, source: reuters);
        return d.Build();
    }

    /// <summary>3 mentions, 2 entities (one of them a place called Tehran), 2 claims, no publication date.</summary>
    public static AnalysisContext Factory(string key = "c.txt")
    {
        var d = new DocumentBuilder(FactoryText, key, null, null);
        var gri = d.Entity("name:ghazanfar roknabadi industries", "Ghazanfar Roknabadi Industries", EntityType.Organization, "Ghazanfar Roknabadi Industries", "GRI");
        var tehran = d.Entity("kb:tehran", "Tehran", EntityType.Place);
        d.Claim(ClaimType.Manufacture, gri, "GRI makes drone engines.");
        d.Claim(ClaimType.LocatedIn, gri, "Ghazanfar Roknabadi Industries is based in Tehran.", obj: tehran);
        return d.Build();
    }
}
