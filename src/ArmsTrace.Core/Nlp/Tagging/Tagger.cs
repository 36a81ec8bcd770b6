using System.Buffers;
using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Core.Nlp.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger: UPOS first, then XPOS conditioned on the
/// predicted UPOS, then lemmas from the predicted XPOS. Thread-safe once loaded.
/// </summary>
internal sealed class Tagger
{
    private const int Magic = 0x47545441;
    private const int FormatVersion = 3;

    private readonly Dictionary<ulong, ulong> _ambiguity;
    private readonly LinearModel[] _passes;
    private readonly StackedModels _stacked;

    public Tagger(Vocabulary uposTags, Vocabulary xposTags, LinearModel upos, LinearModel xpos, LinearModel uposFinal, LinearModel xposFinal, Dictionary<ulong, ulong> ambiguity, Lemmatizer lemmatizer)
    {
        UposTags = uposTags;
        XposTags = xposTags;
        _ambiguity = ambiguity;
        Lemmatizer = lemmatizer;
        _passes = [upos, xpos, uposFinal, xposFinal];
        _stacked = new StackedModels(_passes);
    }

    public Vocabulary UposTags { get; }

    /// <summary>The coarse tags' first-pass model; the four models are read when taggers trained with other seeds are averaged.</summary>
    public LinearModel UposModel => _passes[0];

    public LinearModel XposModel => _passes[1];

    public LinearModel UposFinalModel => _passes[2];

    public LinearModel XposFinalModel => _passes[3];

    /// <summary>Tag sets of frequent training words, keyed by lower-cased word hash.</summary>
    public Dictionary<ulong, ulong> Ambiguity => _ambiguity;

    public Vocabulary XposTags { get; }

    public Lemmatizer Lemmatizer { get; }

    public int RowCount => _passes.Sum(m => m.RowCount);

    /// <summary>The word's ambiguity class if it was frequent in training, else a class from its shape.</summary>
    public static ulong AmbiguityOf(Dictionary<ulong, ulong> ambiguity, in WordAtoms atoms) =>
        ambiguity.TryGetValue(atoms.Lower, out var c) ? c : FeatureHash.F(99, atoms.ShortShape);

    public TaggedWords Tag(ReadOnlySpan<string> words)
    {
        var n = words.Length;
        var atoms = new WordAtoms[n];
        for (var i = 0; i < n; i++)
        {
            atoms[i] = WordAtoms.Compute(words[i]);
        }

        var upos = new int[n];
        var xpos = new int[n];
        Tag(atoms, upos, xpos);
        var result = new TaggedWords(new string[n], new string[n], new string[n]);
        for (var i = 0; i < n; i++)
        {
            result.Upos[i] = UposTags[upos[i]];
            result.Xpos[i] = XposTags[xpos[i]];
            result.Lemmas[i] = Lemmatizer.Lemmatize(words[i], result.Xpos[i]);
        }

        return result;
    }

    /// <summary>
    /// Four greedy passes: a first UPOS guess, a first XPOS guess with the UPOS guesses on both
    /// sides, the final UPOS with those XPOS guesses on both sides, and the final XPOS with the
    /// first XPOS guesses on both sides and the final UPOS of the word.
    /// </summary>
    /// <remarks>
    /// The templates of the words alone are the same in all four passes, so they are looked up once
    /// for all four models (<see cref="StackedModels"/>) before the first pass; each pass then adds
    /// only its tag templates, from its own model (one memory miss a template), to its share of those sums.
    /// </remarks>
    public void Tag(ReadOnlySpan<WordAtoms> atoms, Span<int> upos, Span<int> xpos)
    {
        var n = atoms.Length;
        var stacked = _stacked.Classes;
        var amb = ArrayPool<ulong>.Shared.Rent(n);
        var first = ArrayPool<int>.Shared.Rent(n);
        var fine = ArrayPool<int>.Shared.Rent(n);
        var words = ArrayPool<int>.Shared.Rent(n * stacked);
        Span<ulong> f = stackalloc ulong[TaggerFeatures.Max];
        Span<int> scores = stackalloc int[_stacked.Classes];
        try
        {
            for (var i = 0; i < n; i++)
            {
                amb[i] = AmbiguityOf(_ambiguity, atoms[i]);
            }

            var ambiguity = amb.AsSpan(0, n);
            var wordScores = words.AsSpan(0, n * stacked);
            wordScores.Clear();
            for (var i = 0; i < n; i++)
            {
                var k = TaggerFeatures.Words(atoms, ambiguity, i, f);
                _stacked.AccumulateAll(f[..k], wordScores.Slice(i * stacked, stacked));
            }

            var firstTags = first.AsSpan(0, n);
            var fineTags = fine.AsSpan(0, n);
            for (var i = 0; i < n; i++)
            {
                var k = TaggerFeatures.Tags(atoms, ambiguity, i, i > 0 ? firstTags[i - 1] : -1, i > 1 ? firstTags[i - 2] : -1, -1, default, f);
                firstTags[i] = Predict(0, wordScores, i, f[..k], scores);
            }

            for (var i = 0; i < n; i++)
            {
                var k = TaggerFeatures.Tags(atoms, ambiguity, i, i > 0 ? fineTags[i - 1] : -1, i > 1 ? fineTags[i - 2] : -1, firstTags[i], firstTags, f);
                fineTags[i] = Predict(1, wordScores, i, f[..k], scores);
            }

            for (var i = 0; i < n; i++)
            {
                var k = TaggerFeatures.Tags(atoms, ambiguity, i, i > 0 ? upos[i - 1] : -1, i > 1 ? upos[i - 2] : -1, -1, fineTags, f);
                upos[i] = Predict(2, wordScores, i, f[..k], scores);
            }

            for (var i = 0; i < n; i++)
            {
                var k = TaggerFeatures.Tags(atoms, ambiguity, i, i > 0 ? xpos[i - 1] : -1, i > 1 ? xpos[i - 2] : -1, upos[i], fineTags, f);
                xpos[i] = Predict(3, wordScores, i, f[..k], scores);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(amb);
            ArrayPool<int>.Shared.Return(first);
            ArrayPool<int>.Shared.Return(fine);
            ArrayPool<int>.Shared.Return(words);
        }
    }

    /// <summary>Pass <paramref name="model"/>'s best class for word i: its share of the words' sums plus its tag templates.</summary>
    private int Predict(int model, ReadOnlySpan<int> wordScores, int i, ReadOnlySpan<ulong> tagFeatures, Span<int> scores)
    {
        var pass = _passes[model];
        scores = scores[..pass.Classes];
        wordScores.Slice((i * _stacked.Classes) + _stacked.FirstClass(model), pass.Classes).CopyTo(scores);
        pass.Accumulate(tagFeatures, scores);
        return LinearModel.ArgMax(scores);
    }

    public void Write(Stream stream) => ModelFile.Save(stream, Magic, FormatVersion, writer =>
    {
        UposTags.Write(writer);
        XposTags.Write(writer);
        writer.Write(_ambiguity.Count);
        foreach (var (k, v) in _ambiguity.OrderBy(p => p.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }

        Lemmatizer.Write(writer);
        foreach (var pass in _passes)
        {
            LinearModelFile.Write(pass, writer);
        }
    });

    /// <summary>Reads this version or version 2 (weights always dense).</summary>
    public static Tagger Read(Stream stream) => ModelFile.Load(stream, Magic, 2, FormatVersion, Read);

    private static Tagger Read(BinaryReader reader, int version)
    {
        var flagged = version >= 3;
        var upos = Vocabulary.Read(reader);
        var xpos = Vocabulary.Read(reader);
        var count = reader.ReadInt32();
        var ambiguity = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            var k = reader.ReadUInt64();
            ambiguity[k] = reader.ReadUInt64();
        }

        var lemmatizer = Lemmatizer.Read(reader);
        var uposModel = LinearModelFile.Read(reader, flagged);
        var xposModel = LinearModelFile.Read(reader, flagged);
        var finalModel = LinearModelFile.Read(reader, flagged);
        var finalFine = LinearModelFile.Read(reader, flagged);
        return new Tagger(upos, xpos, uposModel, xposModel, finalModel, finalFine, ambiguity, lemmatizer);
    }
}
