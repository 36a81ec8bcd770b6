using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Storage.Tests.Corroboration;

/// <summary>Documents written for the corroboration suites: one story reprinted with small edits, other reports, and a denial followed by a confirmation.</summary>
internal static class StoryCorpus
{
    public const string ShippedSentence = "Ukrainian officials said on Tuesday that Iran had shipped a fresh batch of attack drones to Russia in August.";

    private const string Story = ShippedSentence + " " + """
        According to the officials, the cargo crossed the Caspian Sea on two freighters and was unloaded at a port near Astrakhan before being moved by rail toward the front.
        Air defence crews in the south reported downing eleven of the delta-winged aircraft over the following week, and engineers who examined the wreckage found serial plates stamped in Persian.
        The officials did not say how many drones the shipment contained, but a military intelligence spokesman estimated it at several hundred.
        Moscow has not commented on the report.
        Analysts in Kyiv said the route over water was chosen because it keeps the deliveries away from inspections at land borders.
        """;

    /// <summary>The story as four outlets printed it: a changed line here, a dropped or added sentence there.</summary>
    public static IReadOnlyList<AnalysisContext> Reprints() =>
    [
        Shipped("harbour-line.txt", "Harbour Line", "Harbour Line, Odesa\n\n" + Story),
        Shipped("northern-post.txt", "Northern Post", "Northern Post staff report\n\n" + Story
            .Replace("a port near Astrakhan", "a river port close to Astrakhan", StringComparison.Ordinal)
            .Replace("Analysts in Kyiv said the route over water was chosen because it keeps the deliveries away from inspections at land borders.", string.Empty, StringComparison.Ordinal)),
        Shipped("valley-times.txt", "Valley Times", Story
            .Replace("Moscow has not commented on the report.", "The Kremlin declined to comment.", StringComparison.Ordinal)
            .Replace("downing eleven", "downing 11", StringComparison.Ordinal)),
        Shipped("coastal-daily.txt", "Coastal Daily", Story.Replace("two freighters", "two cargo ships", StringComparison.Ordinal)
            + "\nThis article was updated with comment from analysts."),
    ];

    /// <summary>The same event told in other words, from another angle: a second, independent origin.</summary>
    public static AnalysisContext OtherReport() => Shipped("steppe-review.txt", "Steppe Review", """
        Russia took delivery of several hundred more Iranian drones this summer, a Ukrainian intelligence briefing seen by this newspaper says.
        Ukrainian officials said on Tuesday that Iran had shipped a fresh batch of attack drones to Russia in August.
        The briefing traces a route across the Caspian and then by train, and it names a shipping firm registered in Bandar Anzali as the carrier.
        Western diplomats were less certain about the numbers but did not dispute the route.
        """);

    /// <summary>Alleged by Ukraine (August 2022), denied by Iran (October), confirmed by Iran's foreign minister (November).</summary>
    public static IReadOnlyList<AnalysisContext> DenialThenConfirmation()
    {
        var ukraine = DocumentBuilder.Ref("kb:ukraine", "Ukraine", EntityType.Country);
        var iranSource = DocumentBuilder.Ref("kb:iran", "Iran", EntityType.Country);
        var minister = DocumentBuilder.Ref("name:iranian foreign minister", "Iranian foreign minister", EntityType.Person);
        return
        [
            Supply("kyiv-ledger.txt", "Kyiv Ledger", "2022-08-20",
                "Ukraine's defence ministry alleged that Iran had sold combat drones to Russia for use against Ukrainian cities. The ministry gave no figures.",
                "Ukraine's defence ministry alleged that Iran had sold combat drones to Russia for use against Ukrainian cities.", Stance.Alleged, ukraine),
            Supply("tehran-evening.txt", "Tehran Evening", "2022-10-18",
                "A government spokesman in Tehran rejected the reports. Iran denied that it had supplied any drones to Russia, calling the accusation a fabrication.",
                "Iran denied that it had supplied any drones to Russia, calling the accusation a fabrication.", Stance.Denied, iranSource),
            Supply("gulf-courier.txt", "Gulf Courier", "2022-11-07",
                "Speaking to reporters after a cabinet meeting, the foreign minister confirmed that Iran had sent a small number of drones to Russia months before the invasion.",
                "the foreign minister confirmed that Iran had sent a small number of drones to Russia months before the invasion.", Stance.Confirmed, minister),
        ];
    }

    /// <summary>Three outlets, each in its own words, quoting one ministry: three origins, one asserting party.</summary>
    public static IReadOnlyList<AnalysisContext> OneMinistryThreeOutlets()
    {
        var ministry = DocumentBuilder.Ref("name:russian defence ministry", "Russian defence ministry", EntityType.Organization);
        return
        [
            Supply("paper-one.txt", "Paper One", "2023-01-10", "In a statement, the ministry said Iran supplied drones to Russia under an old contract.", "Iran supplied drones to Russia under an old contract.", Stance.Asserted, ministry),
            Supply("paper-two.txt", "Paper Two", "2023-01-11", "Quoting the same statement, officials repeated that Iran supplied drones to Russia last year.", "Iran supplied drones to Russia last year.", Stance.Asserted, ministry),
            Supply("paper-three.txt", "Paper Three", "2023-01-12", "A third account says Iran supplied drones to Russia, citing the ministry's briefing notes.", "Iran supplied drones to Russia, citing the ministry's briefing notes.", Stance.Asserted, ministry),
        ];
    }

    /// <summary>Two different texts that both say they carry the same news agency.</summary>
    public static IReadOnlyList<AnalysisContext> WireReports() =>
    [
        Supply("wire-a.txt", "Morning Star Online", "2023-04-02", "Iran supplied drones to Russia through a Caspian port, Reuters reported, citing two sources.", "Iran supplied drones to Russia through a Caspian port, Reuters reported, citing two sources.", Stance.Reported, null),
        Supply("wire-b.txt", "Evening Herald", "2023-04-03", "Officials privately acknowledge that Iran supplied drones to Russia, according to Reuters. The deliveries went by ship.", "Officials privately acknowledge that Iran supplied drones to Russia, according to Reuters.", Stance.Reported, null),
    ];

    /// <summary>The same delivery in the same year counted as 46 and as 400 drones.</summary>
    public static IReadOnlyList<AnalysisContext> ClashingFigures() =>
    [
        Counted("count-a.txt", "2023-02-01", "Iran delivered 46 drones to Russia in 2022, a customs register shows.", "Iran delivered 46 drones to Russia in 2022, a customs register shows.", 46),
        Counted("count-b.txt", "2023-02-05", "Iran delivered 400 drones to Russia in 2022, a defector told investigators.", "Iran delivered 400 drones to Russia in 2022, a defector told investigators.", 400),
    ];

    private static AnalysisContext Shipped(string key, string outlet, string text)
    {
        var d = new DocumentBuilder(text, key, outlet, "2023-09-14");
        var iran = d.Entity("kb:iran", "Iran", EntityType.Country);
        var russia = d.Entity("kb:russia", "Russia", EntityType.Country);
        d.Claim(ClaimType.Supply, iran, ShippedSentence, obj: russia, stance: Stance.Alleged, source: DocumentBuilder.Ref("kb:ukraine", "Ukraine", EntityType.Country));
        return d.Build();
    }

    private static AnalysisContext Supply(string key, string outlet, string published, string text, string evidence, Stance stance, EntityRef? source)
    {
        var d = new DocumentBuilder(text, key, outlet, published);
        var iran = DocumentBuilder.Ref("kb:iran", "Iran", EntityType.Country);
        var russia = d.Entity("kb:russia", "Russia", EntityType.Country);
        d.Claim(ClaimType.Supply, iran, evidence, obj: russia, stance: stance, source: source);
        return d.Build();
    }

    private static AnalysisContext Counted(string key, string published, string text, string evidence, int drones)
    {
        var d = new DocumentBuilder(text, key, "Ledger", published);
        var iran = d.Entity("kb:iran", "Iran", EntityType.Country);
        var russia = d.Entity("kb:russia", "Russia", EntityType.Country);
        d.Claim(
            ClaimType.Supply,
            iran,
            evidence,
            obj: russia,
            quantity: new ClaimQuantity(drones, "drones", drones.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            time: new ClaimTime("in 2022", "2022-01-01", "2022-12-31", "year"));
        return d.Build();
    }
}
