using System.Text.Json;

namespace ArmsTrace.Core.Evaluation;

/// <summary>Reads gold.jsonl and aliases.json (formats of ../shared/eval/GUIDE.md).</summary>
public static class GoldReader
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadAliases(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            result[p.Name] = [.. p.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
        }

        return result;
    }

    public static IReadOnlyList<GoldClaim> ReadGold(TextReader reader, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var list = new List<GoldClaim>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                list.Add(Parse(line, aliases));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"gold line {lineNumber}: {ex.Message}", ex);
            }
        }

        return list;
    }

    private static GoldClaim Parse(string line, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        IReadOnlyList<(string, IReadOnlySet<string>)>? pairs = null;
        if (r.TryGetProperty("stances", out var sp))
        {
            pairs = [.. sp.EnumerateArray().Select(e => (e.GetProperty("stance").GetString() ?? string.Empty, Names(e.GetProperty("src"), aliases)))];
        }

        return new GoldClaim(
            r.GetProperty("doc").GetString() ?? string.Empty,
            r.GetProperty("t").GetString() ?? string.Empty,
            Names(r.GetProperty("s"), aliases),
            Names(r.GetProperty("o"), aliases),
            r.TryGetProperty("item", out var it) ? Names(it, aliases) : null,
            r.TryGetProperty("req", out var req) && req.GetBoolean(),
            r.TryGetProperty("stance", out var st) ? st.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToHashSet() : null,
            r.TryGetProperty("src", out var src) ? Names(src, aliases) : null,
            pairs);
    }

    private static HashSet<string> Names(JsonElement array, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in array.EnumerateArray())
        {
            var name = e.GetString() ?? string.Empty;
            set.Add(EvalNames.Normalize(name));
            if (aliases.TryGetValue(name, out var list))
            {
                foreach (var a in list)
                {
                    set.Add(EvalNames.Normalize(a));
                }
            }
        }

        return set;
    }
}
