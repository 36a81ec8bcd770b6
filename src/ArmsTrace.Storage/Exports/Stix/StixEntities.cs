using System.Text.Json;

namespace ArmsTrace.Storage.Exports.Stix;

/// <summary>An entity as a STIX object of the type <see cref="StixVocabulary.ObjectType"/> picks.</summary>
internal static class StixEntities
{
    public static string Write(Utf8JsonWriter json, ExportEntity e)
    {
        var type = StixVocabulary.ObjectType(e.Type);
        var id = StixIds.Of(type, "entity:" + e.Key);
        json.WriteStartObject();
        StixJson.Common(json, type, id, StixJson.Epoch, StixJson.Epoch);
        json.WriteString("created_by_ref", StixIds.Producer);
        json.WriteString("name", e.Name);
        switch (type)
        {
            case "identity":
                json.WriteString("identity_class", StixVocabulary.IdentityClass(e.Type));
                if (e.Type == "country")
                {
                    StixJson.Strings(json, "sectors", ["government-national"]);
                }

                break;
            case "location":
                if (e.Latitude is { } lat && e.Longitude is { } lon)
                {
                    json.WriteNumber("latitude", lat);
                    json.WriteNumber("longitude", lon);
                }

                if (e.CountryCode is { } code)
                {
                    json.WriteString("country", code.ToUpperInvariant());
                }
                else if (e.Latitude is null)
                {
                    // A location must give a region, a country or coordinates; this one is known by name only.
                    json.WriteString("region", "unknown");
                }

                break;
            case StixVocabulary.WeaponType:
                json.WriteStartObject("extensions");
                json.WriteStartObject(StixIds.WeaponExtension);
                json.WriteString("extension_type", "new-sdo");
                json.WriteEndObject();
                json.WriteEndObject();
                break;
        }

        if (e.Aliases.Count > 0 && type is "threat-actor" or StixVocabulary.WeaponType)
        {
            StixJson.Strings(json, "aliases", e.Aliases);
        }

        json.WriteEndObject();
        return id;
    }
}
