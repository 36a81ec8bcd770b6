namespace ArmsTrace.Core.Nlp.Features;

/// <summary>A small closed set of labels (tags, relations) mapped to dense ids and back.</summary>
internal sealed class Vocabulary
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public Vocabulary()
    {
    }

    public Vocabulary(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(name);
        }
    }

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    public string this[int id] => _names[id];

    public int Add(string name)
    {
        if (_ids.TryGetValue(name, out var id))
        {
            return id;
        }

        id = _names.Count;
        _names.Add(name);
        _ids.Add(name, id);
        return id;
    }

    public int Find(string name) => _ids.TryGetValue(name, out var id) ? id : -1;

    public void Write(BinaryWriter writer)
    {
        writer.Write(_names.Count);
        foreach (var name in _names)
        {
            writer.Write(name);
        }
    }

    public static Vocabulary Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var v = new Vocabulary();
        for (var i = 0; i < count; i++)
        {
            v.Add(reader.ReadString());
        }

        return v;
    }
}
