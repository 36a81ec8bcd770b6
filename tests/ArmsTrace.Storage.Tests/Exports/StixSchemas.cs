using System.Text.Json;
using Json.Schema;

namespace ArmsTrace.Storage.Tests.Exports;

/// <summary>
/// The OASIS STIX 2.1 JSON schemas from ../shared/schemas/stix2.1, loaded once; checks a bundle's
/// envelope and each object in it against the schema of its type (custom types against the common
/// core). The envelope is checked holding only its first object because bundle.json's object list
/// predates location, note and extension-definition, and its branch for other types can accept no
/// SDO at all: core.json and cyber-observable-core.json both accept every one, and it wants one of them.
/// </summary>
internal static class StixSchemas
{
    private const string Base = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    public static IReadOnlyList<string> Problems(JsonElement bundle)
    {
        var problems = new List<string>();
        var objects = bundle.GetProperty("objects").EnumerateArray().ToList();
        var envelope = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["type"] = bundle.GetProperty("type"),
            ["id"] = bundle.GetProperty("id"),
            ["objects"] = objects.Take(1).ToList(),
        });
        Check(Schemas.Value["common/bundle.json"], envelope, "bundle", problems);
        foreach (var o in objects)
        {
            var type = o.GetProperty("type").GetString()!;
            var schema = new[] { $"sdos/{type}.json", $"sros/{type}.json", $"common/{type}.json" }
                .Select(p => Schemas.Value.GetValueOrDefault(p)).FirstOrDefault(s => s is not null) ?? Schemas.Value["common/core.json"];
            Check(schema, o, o.GetProperty("id").GetString()!, problems);
        }

        return problems;
    }

    private static void Check(JsonSchema schema, JsonElement instance, string what, List<string> problems)
    {
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}");
            problems.Add($"{what}: {string.Join(" | ", errors.Take(40))}");
        }
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        var root = SharedFolder.Find("schemas", "stix2.1", "schemas");
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(root, "*.json", SearchOption.AllDirectories))
        {
            var schema = JsonSchema.FromFile(file);
            SchemaRegistry.Global.Register(new Uri(Base + Path.GetRelativePath(root, file).Replace('\\', '/')), schema);
            schemas[Path.GetRelativePath(root, file).Replace('\\', '/')] = schema;
        }

        return schemas;
    }
}
