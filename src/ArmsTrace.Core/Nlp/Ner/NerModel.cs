using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>Greedy left-to-right averaged-perceptron BIO tagger for PER, ORG and LOC.</summary>
internal sealed class NerModel
{
    private const int Magic = 0x524E5441;
    private const int FormatVersion = 4;

    private readonly LinearModel _model;
    private readonly Dictionary<ulong, ulong> _caps;

    public NerModel(LinearModel model, Dictionary<ulong, ulong> caps, Gazetteer gazetteer, bool usesTags)
    {
        _model = model;
        _caps = caps;
        Gazetteer = gazetteer;
        UsesTags = usesTags;
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>Whether the model reads XPOS tags; <see cref="Predict(ReadOnlySpan{string})"/> then runs the embedded tagger.</summary>
    public bool UsesTags { get; }

    public static ulong HashTag(ReadOnlySpan<char> xpos) => FeatureHash.Text(xpos);

    public int RowCount => _model.RowCount;

    /// <summary>Capitalisation class of a word: how often it was capitalised mid-sentence in training, or unknown.</summary>
    public static ulong CapsOf(Dictionary<ulong, ulong> caps, in WordAtoms atoms) =>
        caps.TryGetValue(atoms.Lower, out var c) ? c : FeatureHash.F(98, atoms.ShortShape);

    public string[] Predict(ReadOnlySpan<string> words)
    {
        var atoms = new WordAtoms[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            atoms[i] = WordAtoms.Compute(words[i]);
        }

        var pos = new ulong[UsesTags ? words.Length : 0];
        if (UsesTags)
        {
            var xpos = NlpModels.Tagger.Tag(words).Xpos;
            for (var i = 0; i < pos.Length; i++)
            {
                pos[i] = HashTag(xpos[i]);
            }
        }

        var tags = new int[words.Length];
        Predict(atoms, pos, tags);
        var result = new string[words.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            result[i] = EntityTypes.Tags[tags[i]];
        }

        return result;
    }

    /// <param name="pos">XPOS hashes (<see cref="HashTag"/>) when <see cref="UsesTags"/>, else empty.</param>
    public void Predict(ReadOnlySpan<WordAtoms> atoms, ReadOnlySpan<ulong> pos, Span<int> tags)
    {
        var n = atoms.Length;
        var caps = n <= 256 ? stackalloc ulong[n] : new ulong[n];
        var gaz = n <= 256 ? stackalloc ulong[n] : new ulong[n];
        for (var i = 0; i < n; i++)
        {
            caps[i] = CapsOf(_caps, atoms[i]);
        }

        Gazetteer.Match(atoms, gaz);

        Span<ulong> f = stackalloc ulong[NerFeatures.Max];
        Span<int> scores = stackalloc int[_model.Classes];
        for (var i = 0; i < n; i++)
        {
            var prev = i > 0 ? tags[i - 1] : -1;
            var k = NerFeatures.Extract(atoms, caps, UsesTags ? pos : default, gaz, i, prev, i > 1 ? tags[i - 2] : -1, f);
            _model.Predict(f[..k], scores);
            var best = 0;
            for (var c = 1; c < scores.Length; c++)
            {
                if (EntityTypes.IsLegal(prev, c) && scores[c] > scores[best])
                {
                    best = c;
                }
            }

            tags[i] = best;
        }
    }

    public void Write(Stream stream) => ModelFile.Save(stream, Magic, FormatVersion, writer =>
    {
        writer.Write(UsesTags);
        writer.Write(_caps.Count);
        foreach (var (k, v) in _caps.OrderBy(p => p.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }

        Gazetteer.Write(writer);
        _model.Write(writer);
    });

    /// <summary>Reads this version or version 3 (weights always dense).</summary>
    public static NerModel Read(Stream stream) => ModelFile.Load(stream, Magic, 3, FormatVersion, (reader, version) =>
    {
        var usesTags = reader.ReadBoolean();
        var count = reader.ReadInt32();
        var caps = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            var k = reader.ReadUInt64();
            caps[k] = reader.ReadUInt64();
        }

        var gazetteer = Gazetteer.Read(reader);
        return new NerModel(LinearModel.Read(reader, version >= 4), caps, gazetteer, usesTags);
    });
}
