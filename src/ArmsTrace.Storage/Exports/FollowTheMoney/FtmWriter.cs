using System.Globalization;
using System.Text.Json;

namespace ArmsTrace.Storage.Exports.FollowTheMoney;

/// <summary>
/// FollowTheMoney entities as JSON lines: people, organisations, public bodies for countries,
/// addresses for places, assets for weapons; then one interval entity per claim (Sanction,
/// Employment, Membership, or UnknownLink with the claim's role), each holding the evidence sentence,
/// source url, publisher, date, stance and asserting party.
/// </summary>
internal sealed class FtmWriter : IExportWriter
{
    private const int FlushEvery = 256;

    public void Write(ExportData data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        var options = new JsonWriterOptions { Indented = false };
        var schemas = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var written = 0;
        using var json = new Utf8JsonWriter(output, options);
        foreach (var e in data.Entities)
        {
            var schema = FtmVocabulary.EntitySchema(e.Type);
            schemas[e.Key] = schema;
            names[e.Key] = e.Name;
            WriteEntity(json, e, schema);
            EndLine(json, output, ++written);
        }

        foreach (var c in data.Claims)
        {
            FtmClaims.Write(json, c, schemas);
            EndLine(json, output, ++written);
        }

        json.Flush();
    }

    public static string EntityId(string key) => "armstrace-" + ClaimKey.Digest("entity:" + key);

    public static string ClaimId(StoredClaim c) => "armstrace-claim-" + ClaimKey.Digest(ClaimKey.Of(c));

    private static void EndLine(Utf8JsonWriter json, Stream output, int written)
    {
        json.Flush();
        output.WriteByte((byte)'\n');
        json.Reset(output);
        if (written % FlushEvery == 0)
        {
            output.Flush();
        }
    }

    private static void WriteEntity(Utf8JsonWriter json, ExportEntity e, string schema)
    {
        var p = new FtmProperties();
        p.Add("name", e.Name);
        foreach (var alias in e.Aliases)
        {
            p.Add("alias", alias);
        }

        switch (schema)
        {
            case "Person":
                p.Add("nationality", e.CountryCode);
                break;
            case "PublicBody":
                p.Add("jurisdiction", e.CountryCode);
                p.Add("country", e.CountryCode);
                break;
            case "Address":
                p.Add("full", e.Name);
                p.Add("country", e.CountryCode);
                p.Add("latitude", Number(e.Latitude));
                p.Add("longitude", Number(e.Longitude));
                break;
            default:
                p.Add("country", e.CountryCode);
                break;
        }

        p.Add("notes", $"ArmsTrace entity {e.Key} ({e.Type}), in {e.Claims.ToString(CultureInfo.InvariantCulture)} exported claims");
        FtmClaims.Entity(json, EntityId(e.Key), schema, p);
    }

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

}
