using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace ArmsTrace.Storage.Tests.Exports;

/// <summary>
/// The FollowTheMoney model read straight from its YAML files in ../shared/schemas/followthemoney:
/// checks that an entity's schema exists and is concrete, that each property belongs to the schema
/// or one it extends, that required properties are there, and that values have the property's type
/// (entity references must name an exported entity of the property's range).
/// </summary>
internal sealed partial class FtmModel
{
    private static readonly Lazy<FtmModel> Lazy = new(Load);

    private readonly Dictionary<string, Dictionary<object, object>> _schemas;

    private FtmModel(Dictionary<string, Dictionary<object, object>> schemas) => _schemas = schemas;

    public static FtmModel Instance => Lazy.Value;

    /// <summary>Problems in a whole export: each line an entity.</summary>
    public IReadOnlyList<string> Problems(IReadOnlyList<JsonElement> entities)
    {
        var schemaOf = entities.ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("schema").GetString()!, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var e in entities)
        {
            var id = e.GetProperty("id").GetString()!;
            var schema = e.GetProperty("schema").GetString()!;
            if (!_schemas.TryGetValue(schema, out var definition))
            {
                problems.Add($"{id}: no schema '{schema}'");
                continue;
            }

            if (definition.TryGetValue("abstract", out var a) && a is "true")
            {
                problems.Add($"{id}: schema '{schema}' is abstract");
            }

            var properties = Properties(schema);
            var present = e.GetProperty("properties").EnumerateObject().ToList();
            foreach (var required in Required(schema).Where(r => present.All(p => p.Name != r)))
            {
                problems.Add($"{id}: required property '{required}' of {schema} is missing");
            }

            foreach (var p in present)
            {
                if (!properties.TryGetValue(p.Name, out var spec))
                {
                    problems.Add($"{id}: {schema} has no property '{p.Name}'");
                    continue;
                }

                foreach (var value in p.Value.EnumerateArray())
                {
                    if (value.ValueKind != JsonValueKind.String || ValueProblem(spec, value.GetString()!, schemaOf) is { } why)
                    {
                        problems.Add($"{id}: {schema}.{p.Name} = {value}: {(value.ValueKind == JsonValueKind.String ? ValueProblem(spec, value.GetString()!, schemaOf) : "not a string")}");
                    }
                }
            }
        }

        return problems;
    }

    public bool IsA(string schema, string ancestor) =>
        schema == ancestor || Parents(schema).Any(p => IsA(p, ancestor));

    private string? ValueProblem((string Type, string? Range) spec, string value, Dictionary<string, string> schemaOf)
    {
        switch (spec.Type)
        {
            case "entity":
                if (!schemaOf.TryGetValue(value, out var target))
                {
                    return "refers to no exported entity";
                }

                return spec.Range is { } range && !IsA(target, range) ? $"refers to a {target}, not a {range}" : null;
            case "date":
                return DateValue().IsMatch(value) ? null : "not an ISO date";
            case "url":
                return Uri.TryCreate(value, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? null : "not an http(s) url";
            case "country":
                return CountryCode().IsMatch(value) ? null : "not a country code";
            case "number":
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : "not a number";
            default:
                return value.Trim().Length == 0 ? "empty" : null;
        }
    }

    private Dictionary<string, (string Type, string? Range)> Properties(string schema)
    {
        var result = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var parent in Parents(schema))
        {
            foreach (var (k, v) in Properties(parent))
            {
                result[k] = v;
            }
        }

        if (_schemas[schema].TryGetValue("properties", out var props) && props is Dictionary<object, object> map)
        {
            foreach (var (name, spec) in map)
            {
                var s = spec as Dictionary<object, object>;
                result[(string)name] = (s?.GetValueOrDefault("type") as string ?? "string", s?.GetValueOrDefault("range") as string);
            }
        }

        return result;
    }

    private IEnumerable<string> Required(string schema) =>
        Parents(schema).SelectMany(Required).Concat(
            _schemas[schema].TryGetValue("required", out var r) && r is List<object> list ? list.Cast<string>() : []);

    private IEnumerable<string> Parents(string schema) =>
        _schemas.TryGetValue(schema, out var d) && d.TryGetValue("extends", out var e) && e is List<object> list ? list.Cast<string>() : [];

    private static FtmModel Load()
    {
        var folder = Path.Combine(SharedFolder.Find("schemas", "followthemoney"), "schema");
        var yaml = new DeserializerBuilder().Build();
        var schemas = new Dictionary<string, Dictionary<object, object>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.y*ml"))
        {
            foreach (var (name, definition) in yaml.Deserialize<Dictionary<string, object>>(File.ReadAllText(file)) ?? [])
            {
                if (definition is Dictionary<object, object> d)
                {
                    schemas[name] = d;
                }
            }
        }

        return new FtmModel(schemas);
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z?)?)?)?$")]
    private static partial Regex DateValue();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z0-9]+)?$")]
    private static partial Regex CountryCode();
}
