using System.Text;
using System.Text.Json;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Storage.Exports;
using ArmsTrace.Storage.Graph;
using CsvHelper;

namespace ArmsTrace.Storage.Tests.Exports;

/// <summary>
/// The export suite every database must pass, over the three sample documents: each format is read
/// back by an outside reader (the OASIS schemas, the FollowTheMoney model, graphology, CsvHelper)
/// and each claim keeps its evidence, document url, publisher, date, stance and asserting party.
/// </summary>
public abstract class ExportTests
{
    private const string ReutersEvidence = "Hezbollah received rockets from Iran, according to Reuters.";

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    protected abstract void Track(IEvidenceGraph graph);

    [Fact]
    public void Export_Stix_ValidatesAgainstOasisSchemas()
    {
        var bundle = Json(Export(ExportFormat.Stix));
        var problems = StixSchemas.Problems(bundle);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        var objects = bundle.GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal(5, objects.Count(o => Type(o) == "relationship"));
        Assert.Single(objects, o => Type(o) == "note");
        Assert.Equal(3, objects.Count(o => Type(o) == "report"));
        Assert.Contains(objects, o => Type(o) == "weapon" && o.GetProperty("name").GetString() == "Shahed-136");
        Assert.Contains(objects, o => Type(o) == "threat-actor" && o.GetProperty("name").GetString() == "Hezbollah");
    }

    [Fact]
    public void Export_Stix_RelationshipKeepsEvidenceSourceStanceAndDocument()
    {
        var objects = Json(Export(ExportFormat.Stix)).GetProperty("objects").EnumerateArray().ToList();
        var claim = objects.Single(o => Type(o) == "relationship" && o.GetProperty("description").GetString() == ReutersEvidence);
        var reuters = objects.Single(o => o.TryGetProperty("name", out var n) && n.GetString() == "Reuters");
        var ext = claim.GetProperty("extensions").EnumerateObject().Single().Value;
        Assert.Equal("supplies", claim.GetProperty("relationship_type").GetString());
        Assert.Equal(40, claim.GetProperty("confidence").GetInt32());
        Assert.Equal(("alleged", "Reuters", reuters.GetProperty("id").GetString()), (Text(ext, "stance"), Text(ext, "asserted_by"), Text(ext, "asserted_by_ref")));
        Assert.Equal((ReutersEvidence, "https://example.test/b.txt", "Wire B", "2022-08-05"), (Text(ext, "evidence"), Text(ext, "document_url"), Text(ext, "publisher"), Text(ext, "published")));
        Assert.Equal(SampleDocuments.RocketText.IndexOf(ReutersEvidence, StringComparison.Ordinal), ext.GetProperty("evidence_start").GetInt32());
        var reference = claim.GetProperty("external_references")[0];
        Assert.Equal(("Wire B", "https://example.test/b.txt"), (Text(reference, "source_name"), Text(reference, "url")));
        var report = objects.Single(o => Type(o) == "report" && o.GetProperty("external_references")[0].GetProperty("external_id").GetString() == "b.txt");
        Assert.Equal("2022-08-05T00:00:00.000Z", Text(report, "published"));
        Assert.Contains(report.GetProperty("object_refs").EnumerateArray(), r => r.GetString() == Text(claim, "id"));
    }

    [Fact]
    public void Export_Stix_ValidTime_ComesFromTheClaim_AndAnUnknownPlaceStaysValid()
    {
        var objects = Json(Export(ExportFormat.Stix)).GetProperty("objects").EnumerateArray().ToList();
        var shahed = objects.Single(o => Type(o) == "relationship" && Text(o, "description")!.StartsWith("Iran supplied 46", StringComparison.Ordinal));
        Assert.Equal(("2022-01-01T00:00:00.000Z", "2023-01-01T00:00:00.000Z"), (Text(shahed, "start_time"), Text(shahed, "stop_time")));
        var tehran = objects.Single(o => Type(o) == "location" && Text(o, "name") == "Tehran");
        Assert.Equal("unknown", Text(tehran, "region"));
    }

    [Fact]
    public void Export_Stix_IdsStayTheSame_WhenExportedAgain()
    {
        var graph = Loaded();
        static List<string> Ids(byte[] bundle) =>
            [.. Json(bundle).GetProperty("objects").EnumerateArray().Select(o => Text(o, "id")!)];
        Assert.Equal(Ids(Export(graph, ExportFormat.Stix)), Ids(Export(graph, ExportFormat.Stix)));
    }

    [Fact]
    public void Export_Stix_ClaimWithoutObjectOrItem_IsANoteOnItsSubject()
    {
        var objects = Json(Export(ExportFormat.Stix)).GetProperty("objects").EnumerateArray().ToList();
        var note = objects.Single(o => Type(o) == "note");
        var gri = objects.Single(o => Text(o, "name") == "Ghazanfar Roknabadi Industries");
        Assert.Equal("GRI makes drone engines.", Text(note, "content"));
        Assert.Equal([Text(gri, "id")], note.GetProperty("object_refs").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void Export_FollowTheMoney_FitsTheModel()
    {
        var lines = Lines(Export(ExportFormat.FollowTheMoney));
        var problems = FtmModel.Instance.Problems(lines);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Contains(lines, e => Schema(e) == "PublicBody" && Property(e, "name") == "Iran" && Property(e, "jurisdiction") == "ir");
        Assert.Contains(lines, e => Schema(e) == "Address" && Property(e, "full") == "Tehran");
        Assert.Equal(5, lines.Count(e => Schema(e) == "UnknownLink"));
        Assert.Single(lines, e => Schema(e) == "Note");
    }

    [Fact]
    public void Export_FollowTheMoney_LinkKeepsEvidenceSourceStanceAndDocument()
    {
        var lines = Lines(Export(ExportFormat.FollowTheMoney));
        var link = lines.Single(e => Property(e, "description") == ReutersEvidence);
        Assert.Equal(("https://example.test/b.txt", "Wire B", "2022-08-05"), (Property(link, "sourceUrl"), Property(link, "publisher"), Property(link, "date")));
        Assert.Equal(("alleged", "supplies"), (Property(link, "status"), Property(link, "role")));
        Assert.Contains("asserted by Reuters", Property(link, "summary"), StringComparison.Ordinal);
        var iran = lines.Single(e => Property(e, "name") == "Iran");
        Assert.Equal(Text(iran, "id"), Property(link, "subject"));
    }

    [Fact]
    public void Export_GraphMl_ReadsWithGraphologyAndKeepsProvenance()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".graphml");
        File.WriteAllBytes(path, Export(ExportFormat.GraphMl));
        try
        {
            var graph = GraphMlReader.Read(path);
            Assert.Equal("directed", Text(graph, "type"));
            Assert.Equal(6, graph.GetProperty("edges").GetArrayLength());
            var edge = graph.GetProperty("edges").EnumerateArray().Single(e => Text(e, "evidence") == ReutersEvidence);
            Assert.Equal(("kb:iran", "kb:hezbollah"), (Text(edge, "source"), Text(edge, "target")));
            Assert.Equal(("alleged", "Reuters", "https://example.test/b.txt"), (Text(edge, "stance"), Text(edge, "asserted_by"), Text(edge, "document_url")));
            Assert.Equal(("Wire B", "2022-08-05", "supply"), (Text(edge, "publisher"), Text(edge, "published"), Text(edge, "claim_type")));
            var iran = graph.GetProperty("nodes").EnumerateArray().Single(n => Text(n, "key") == "kb:iran");
            Assert.Equal(("Iran", "country", 3), (Text(iran, "name"), Text(iran, "type"), iran.GetProperty("claims").GetInt32()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Export_Csv_ReadsWithCsvHelperOneRowPerClaim()
    {
        using var claims = CsvReader.Create(new MemoryStream(Export(ExportFormat.Csv)));
        var rows = new List<Dictionary<string, string>>();
        while (claims.Read())
        {
            rows.Add(claims.Headers.ToDictionary(h => h, h => claims.GetString(h)));
        }

        Assert.Equal(6, rows.Count);
        var row = rows.Single(r => r["evidence"] == ReutersEvidence);
        Assert.Equal(("supply", "Iran", "Hezbollah", "alleged", "Reuters"), (row["type"], row["subject"], row["object"], row["stance"], row["asserted_by"]));
        Assert.Equal(("https://example.test/b.txt", "Wire B", "2022-08-05", "b.txt"), (row["document_url"], row["publisher"], row["published"], row["document"]));
        Assert.Contains(rows, r => r["evidence"] == "Iran supplied 46 Shahed-136 drones to Russia in 2022, officials said." && r["quantity"] == "46");

        using var entities = CsvReader.Create(new MemoryStream(Export(Loaded(), ExportFormat.Csv, table: CsvTable.Entities)));
        var keys = new List<string>();
        while (entities.Read())
        {
            keys.Add(entities.GetString("key"));
        }

        Assert.Equal(["kb:ch-4", "kb:china", "kb:hezbollah", "kb:iran", "kb:iraq", "kb:russia", "kb:shahed-136", "kb:tehran", "name:ghazanfar roknabadi industries", "name:reuters"], keys);
    }

    [Fact]
    public void Export_Neighbourhood_HoldsExactlyTheClaimsTheNetworkViewShows()
    {
        var graph = Loaded();
        var view = graph.Neighbourhood("kb:russia", new NeighbourhoodQuery(Depth: 2, Types: ["supply"]));
        var data = new ExportSource(graph, KnowledgeBase.Bundled).Read(new ExportQuery("kb:russia", 2, ["supply"]));
        Assert.Equal(view.Claims.Select(c => c.Id).Order(), data.Claims.Select(c => c.Id).Order());
        Assert.Superset(view.Nodes.Select(n => n.Key).ToHashSet(), data.Entities.Select(e => e.Key).ToHashSet());
    }

    [Fact]
    public void Export_StanceAndDateFilters_NarrowTheStream()
    {
        var graph = Loaded();
        var denied = new ExportSource(graph, KnowledgeBase.Bundled).Read(new ExportQuery(Stances: ["denied"]));
        Assert.Equal(["Tehran denied sending drones."], denied.Claims.Select(c => c.EvidenceText));
        Assert.Equal(["kb:iran", "kb:russia"], denied.Entities.Select(e => e.Key));
        var dated = new ExportSource(graph, KnowledgeBase.Bundled).Read(new ExportQuery(From: "2023"));
        Assert.Single(dated.Claims);
    }

    [Fact]
    public void ExportFilters_UnknownTypeStanceOrDate_SaysWhatIsValid()
    {
        Assert.Contains("valid types: supply", ExportFilters.Problem(new ExportQuery(Types: ["suply"])), StringComparison.Ordinal);
        Assert.Contains("valid stances: asserted", ExportFilters.Problem(new ExportQuery(Stances: ["maybe"])), StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", ExportFilters.Problem(new ExportQuery(From: "2024-99-99")), StringComparison.Ordinal);
        Assert.Null(ExportFilters.Problem(new ExportQuery(Types: ["Supply"], From: "2022-10", To: "2023-01-31")));
    }

    private byte[] Export(ExportFormat format) => Export(Loaded(), format);

    private static byte[] Export(IEvidenceGraph graph, ExportFormat format, ExportQuery? query = null, CsvTable table = CsvTable.Claims)
    {
        using var output = new MemoryStream();
        Exporter.Write(format, new ExportSource(graph, KnowledgeBase.Bundled).Read(query ?? new ExportQuery()), output, table);
        return output.ToArray();
    }

    private IEvidenceGraph Loaded()
    {
        var location = StoreLocation.Parse(NewDatabase());
        using (var store = location.OpenEvidenceStore())
        {
            SampleDocuments.IngestAll(store);
        }

        var graph = location.OpenGraph();
        Track(graph);
        return graph;
    }

    private static JsonElement Json(byte[] bytes)
    {
        using var doc = JsonDocument.Parse(bytes);
        return doc.RootElement.Clone();
    }

    private static List<JsonElement> Lines(byte[] bytes) =>
        [.. Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Json(Encoding.UTF8.GetBytes(l)))];

    private static string? Type(JsonElement o) => Text(o, "type");

    private static string? Schema(JsonElement e) => Text(e, "schema");

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString()) : null;

    private static string? Property(JsonElement e, string name) =>
        e.GetProperty("properties").TryGetProperty(name, out var v) ? v[0].GetString() : null;
}
