using System.Text.Json;
using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>
/// Lower-cased names of up to <see cref="MaxLength"/> words with the entity types they were seen
/// with, matched longest-first over a sentence. Each word gets one hashed atom saying where it
/// falls in a match (begin, inside, last, unit) and with which types, so the recogniser can learn
/// how far to trust a list it may not have seen the name in.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxLength = 6;

    /// <summary>The atom of a word no name covers.</summary>
    public static readonly ulong NoMatch = FeatureHash.Text("<gaz:none>");

    private readonly Dictionary<ulong, byte> _names;

    public Gazetteer(Dictionary<ulong, byte> names) => _names = names;

    public static Gazetteer Empty { get; } = new([]);

    public int Count => _names.Count;

    /// <summary>Hash of a run of lower-cased word hashes; <paramref name="previous"/> is 0 for the first word.</summary>
    public static ulong Extend(ulong previous, ulong lowerWord) => FeatureHash.Mix((previous * 0x100000001B3UL) ^ lowerWord);

    /// <summary>Type bit of an entity type (PER 1, ORG 2, LOC 4), or 0.</summary>
    public static byte Bit(string type) => type switch
    {
        "PER" => 1,
        "ORG" => 2,
        "LOC" => 4,
        _ => 0,
    };

    /// <summary>Writes one atom per word into <paramref name="atoms"/>.</summary>
    public void Match(ReadOnlySpan<WordAtoms> words, Span<ulong> atoms)
    {
        atoms.Fill(NoMatch);
        if (_names.Count == 0)
        {
            return;
        }

        var i = 0;
        while (i < words.Length)
        {
            var h = 0UL;
            var length = 0;
            byte types = 0;
            for (var j = i; j < words.Length && j - i < MaxLength; j++)
            {
                h = Extend(h, words[j].Lower);
                if (_names.TryGetValue(h, out var t))
                {
                    length = j - i + 1;
                    types = t;
                }
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            for (var j = 0; j < length; j++)
            {
                var position = length == 1 ? 3 : j == 0 ? 0 : j == length - 1 ? 2 : 1;
                atoms[i + j] = FeatureHash.Of(900 + (position * 8) + types);
            }

            i += length;
        }
    }

    /// <summary>Adds a name given as words; the type bits are or-ed with those already known.</summary>
    public static void Add(Dictionary<ulong, byte> names, IReadOnlyList<string> words, byte type)
    {
        if (words.Count == 0 || words.Count > MaxLength || type == 0)
        {
            return;
        }

        var h = 0UL;
        foreach (var w in words)
        {
            h = Extend(h, FeatureHash.Lower(w));
        }

        names[h] = (byte)(names.GetValueOrDefault(h) | type);
    }

    /// <summary>
    /// The names the recogniser knows without training: the knowledge base, the geography tables
    /// and the hand-written list of regions and organisations.
    /// </summary>
    public static Gazetteer Knowledge()
    {
        var names = new Dictionary<ulong, byte>();
        AddKnowledgeBase(names);
        AddGeography(names);
        AddNameList(names);
        return new Gazetteer(names);
    }

    /// <summary>Names from the knowledge base: countries and places as LOC, organisations and groups as ORG, people as PER.</summary>
    public static void AddKnowledgeBase(Dictionary<ulong, byte> names)
    {
        var tokens = new List<Token>();
        foreach (var path in ResourceFiles.List("kb"))
        {
            using var reader = new StreamReader(ResourceFiles.Open(path));
            while (reader.ReadLine() is { } line)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                byte type = root.GetProperty("type").GetString() switch
                {
                    "country" or "place" => 4,
                    "organization" or "group" => 2,
                    "person" => 1,
                    _ => 0,
                };
                if (type == 0)
                {
                    continue;
                }

                AddText(names, root.GetProperty("name").GetString() ?? "", type, tokens);
                if (root.TryGetProperty("aliases", out var aliases))
                {
                    foreach (var alias in aliases.EnumerateArray())
                    {
                        AddText(names, alias.GetString() ?? "", type, tokens);
                    }
                }
            }
        }
    }

    /// <summary>Countries (short and official names) and cities of the geography tables as LOC.</summary>
    public static void AddGeography(Dictionary<ulong, byte> names)
    {
        var tokens = new List<Token>();
        foreach (var (path, columns) in new[] { ("geo/countries.tsv", new[] { 2, 3 }), ("geo/cities.tsv", new[] { 0 }) })
        {
            using var reader = new StreamReader(ResourceFiles.Open(path));
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var cols = line.Split('\t');
                foreach (var c in columns)
                {
                    if (c < cols.Length)
                    {
                        AddText(names, cols[c], 4, tokens);
                    }
                }
            }
        }
    }

    /// <summary>The given names of <c>lexicons/given-names.txt</c>, one lower-cased word a line, as PER.</summary>
    public static Gazetteer GivenNames()
    {
        var names = new Dictionary<ulong, byte>();
        using var reader = new StreamReader(ResourceFiles.Open("lexicons/given-names.txt"));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                names[Extend(0, FeatureHash.Lower(line.AsSpan().Trim()))] = Bit("PER");
            }
        }

        return new Gazetteer(names);
    }

    /// <summary>The hand-written list of regions and well-known organisations (<c>lexicons/ner-names.txt</c>).</summary>
    public static void AddNameList(Dictionary<ulong, byte> names)
    {
        var tokens = new List<Token>();
        using var reader = new StreamReader(ResourceFiles.Open("lexicons/ner-names.txt"));
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || tab < 0)
            {
                continue;
            }

            AddText(names, line[(tab + 1)..], Bit(line[..tab]), tokens);
        }
    }

    private static void AddText(Dictionary<ulong, byte> names, string text, byte type, List<Token> tokens)
    {
        tokens.Clear();
        Tokenizer.Default.Tokenize(text, 0, text.Length, tokens);
        Add(names, [.. tokens.Select(t => text.Substring(t.Start, t.Length))], type);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_names.Count);
        foreach (var (k, v) in _names.OrderBy(p => p.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }
    }

    public static Gazetteer Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var names = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++)
        {
            var k = reader.ReadUInt64();
            names[k] = reader.ReadByte();
        }

        return new Gazetteer(names);
    }
}
