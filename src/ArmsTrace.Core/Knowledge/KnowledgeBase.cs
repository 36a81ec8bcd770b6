using System.Text.Json;
using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Knowledge;

/// <summary>
/// The bundled knowledge base (embedded kb/*.jsonl) plus any files a user adds. Bad lines are
/// reported, not fatal: the rest of the file still loads.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KbEntry> _byId;
    private readonly Lazy<Dictionary<string, string[]>> _countryCodes;

    private KnowledgeBase(Dictionary<string, KbEntry> byId, IReadOnlyList<string> problems)
    {
        _byId = byId;
        Problems = problems;

        // This base's own countries, so a country from the user's folders gets its code too.
        _countryCodes = new(() => GeoData.Codes(_byId.Values));
    }

    /// <summary>Folders of the user's own *.jsonl entries, separated like PATH; read after the bundled files, so an id there replaces the bundled one.</summary>
    public const string UserFoldersVariable = "ARMSTRACE_KB";

    /// <summary>The entries shipped in the assembly, with the geography tables; never the user's folders.</summary>
    public static KnowledgeBase Bundled { get; } = WithUserFolders(null);

    /// <summary>
    /// The bundled entries extended by the *.jsonl files in the folders of <paramref name="folders"/>
    /// (a PATH-style list, as <see cref="UserFoldersVariable"/> holds), with the geography tables.
    /// </summary>
    public static KnowledgeBase WithUserFolders(string? folders) => WithGeography(
        Load(ResourceFiles.List("kb").Select(p => (p, (TextReader)new StreamReader(ResourceFiles.Open(p)))))
            .Extend(UserFiles(folders)));

    /// <summary>The *.jsonl files in each folder of <paramref name="folders"/> (PATH-style list), in name order; missing folders are skipped.</summary>
    public static IEnumerable<(string Name, TextReader Reader)> UserFiles(string? folders)
    {
        if (string.IsNullOrWhiteSpace(folders))
        {
            yield break;
        }

        foreach (var folder in folders.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
            {
                yield return (file, new StreamReader(file));
            }
        }
    }

    public IReadOnlyCollection<KbEntry> Entries => _byId.Values;

    public IReadOnlyList<string> Problems { get; }

    public KbEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The entry an entity key ("kb:ID") names; null for a name key or an id this knowledge base lacks.</summary>
    public KbEntry? FindByKey(string entityKey)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        return EntityKey.KnowledgeBaseId(entityKey) is { } id ? Find(id) : null;
    }

    /// <summary>The ISO 3166-1 alpha-2 code, lower case, of a country entry; null when the geography tables do not know it.</summary>
    public string? CountryCode(string countryId)
    {
        ArgumentNullException.ThrowIfNull(countryId);
        return _countryCodes.Value.TryGetValue(countryId, out var codes) ? codes[0].ToLowerInvariant() : null;
    }

    /// <summary>This knowledge base with coordinates and countries from the geography tables added (<see cref="GeoData"/>).</summary>
    public static KnowledgeBase WithGeography(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        return new KnowledgeBase(GeoData.Enrich(kb.Entries).ToDictionary(e => e.Id, StringComparer.Ordinal), kb.Problems);
    }

    /// <summary>This knowledge base with the entries of more files; an id defined again replaces the earlier entry.</summary>
    public KnowledgeBase Extend(IEnumerable<(string Name, TextReader Reader)> files)
    {
        var extra = Load(files);
        var byId = new Dictionary<string, KbEntry>(_byId, StringComparer.Ordinal);
        foreach (var e in extra.Entries)
        {
            byId[e.Id] = e;
        }

        return new KnowledgeBase(byId, [.. Problems, .. extra.Problems]);
    }

    public static KnowledgeBase Load(IEnumerable<(string Name, TextReader Reader)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var byId = new Dictionary<string, KbEntry>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (name, reader) in files)
        {
            using (reader)
            {
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
                        var entry = Parse(line);
                        if (!byId.TryAdd(entry.Id, entry))
                        {
                            problems.Add($"{name}:{lineNumber}: id '{entry.Id}' is defined twice; the first wins");
                        }
                    }
                    catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
                    {
                        problems.Add($"{name}:{lineNumber}: {ex.Message}");
                    }
                }
            }
        }

        return new KnowledgeBase(byId, problems);
    }

    private static KbEntry Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var id = root.GetProperty("id").GetString() ?? throw new FormatException("'id' is null");
        var name = root.GetProperty("name").GetString() ?? throw new FormatException("'name' is null");
        return new KbEntry(
            id,
            name,
            EntityTypeNames.Parse(root.TryGetProperty("type", out var t) ? t.GetString() : null),
            Strings(root, "aliases"),
            Strings(root, "demonyms"),
            Strings(root, "metonyms"),
            OptionalString(root, "parent"),
            OptionalString(root, "country"),
            OptionalDouble(root, "lat"),
            OptionalDouble(root, "lon"));
    }

    private static string[] Strings(JsonElement root, string property) =>
        root.TryGetProperty(property, out var a) && a.ValueKind == JsonValueKind.Array
            ? [.. a.EnumerateArray().Select(e => e.GetString()).OfType<string>()]
            : [];

    private static string? OptionalString(JsonElement root, string property) =>
        root.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? OptionalDouble(JsonElement root, string property) =>
        root.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    /// <summary>Every surface form with what it names.</summary>
    public IEnumerable<KbName> Names()
    {
        foreach (var e in _byId.Values)
        {
            yield return Make(e, NameForm.Name, e.Name);
            foreach (var a in e.Aliases)
            {
                yield return Make(e, NameForm.Name, a);
            }

            foreach (var d in e.Demonyms)
            {
                yield return Make(e, NameForm.Demonym, d);
            }

            foreach (var m in e.Metonyms)
            {
                yield return Make(e, NameForm.Metonym, m);
            }
        }
    }

    private static KbName Make(KbEntry e, NameForm form, string surface)
    {
        var letters = surface.Count(char.IsLetter);
        var caps = surface.Count(char.IsUpper);
        return new KbName(e, form, surface, letters > 0 && caps == letters && letters <= 6);
    }
}
