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

    private readonly LinearModel _upos;
    private readonly LinearModel _xpos;
    private readonly LinearModel _uposFinal;
    private readonly LinearModel _xposFinal;
    private readonly Dictionary<ulong, ulong> _ambiguity;

    public Tagger(Vocabulary uposTags, Vocabulary xposTags, LinearModel upos, LinearModel xpos, LinearModel uposFinal, LinearModel xposFinal, Dictionary<ulong, ulong> ambiguity, Lemmatizer lemmatizer)
    {
        UposTags = uposTags;
        XposTags = xposTags;
        _upos = upos;
        _xpos = xpos;
        _uposFinal = uposFinal;
        _xposFinal = xposFinal;
        _ambiguity = ambiguity;
        Lemmatizer = lemmatizer;
    }

    public Vocabulary UposTags { get; }

    /// <summary>The coarse tags' first-pass model; the four models are read when taggers trained with other seeds are averaged.</summary>
    public LinearModel UposModel => _upos;

    public LinearModel XposModel => _xpos;

    public LinearModel UposFinalModel => _uposFinal;

    public LinearModel XposFinalModel => _xposFinal;

    /// <summary>Tag sets of frequent training words, keyed by lower-cased word hash.</summary>
    public Dictionary<ulong, ulong> Ambiguity => _ambiguity;

    public Vocabulary XposTags { get; }

    public Lemmatizer Lemmatizer { get; }

    public int RowCount => _upos.RowCount + _xpos.RowCount + _uposFinal.RowCount + _xposFinal.RowCount;

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
    public void Tag(ReadOnlySpan<WordAtoms> atoms, Span<int> upos, Span<int> xpos)
    {
        var n = atoms.Length;
        var rented = n > 256 ? ArrayPool<ulong>.Shared.Rent(n) : null;
        var amb = rented is null ? stackalloc ulong[n] : rented.AsSpan(0, n);
        var rentedFirst = n > 256 ? ArrayPool<int>.Shared.Rent(n) : null;
        var first = rentedFirst is null ? stackalloc int[n] : rentedFirst.AsSpan(0, n);
        var rentedFine = n > 256 ? ArrayPool<int>.Shared.Rent(n) : null;
        var fine = rentedFine is null ? stackalloc int[n] : rentedFine.AsSpan(0, n);
        Span<ulong> f = stackalloc ulong[TaggerFeatures.Max];
        Span<int> scores = stackalloc int[Math.Max(_upos.Classes, _xpos.Classes)];
        for (var i = 0; i < n; i++)
        {
            amb[i] = AmbiguityOf(_ambiguity, atoms[i]);
        }

        for (var i = 0; i < n; i++)
        {
            var k = TaggerFeatures.Extract(atoms, amb, i, i > 0 ? first[i - 1] : -1, i > 1 ? first[i - 2] : -1, -1, default, f);
            first[i] = _upos.Predict(f[..k], scores);
        }

        for (var i = 0; i < n; i++)
        {
            var k = TaggerFeatures.Extract(atoms, amb, i, i > 0 ? fine[i - 1] : -1, i > 1 ? fine[i - 2] : -1, first[i], first, f);
            fine[i] = _xpos.Predict(f[..k], scores);
        }

        for (var i = 0; i < n; i++)
        {
            var k = TaggerFeatures.Extract(atoms, amb, i, i > 0 ? upos[i - 1] : -1, i > 1 ? upos[i - 2] : -1, -1, fine, f);
            upos[i] = _uposFinal.Predict(f[..k], scores);
        }

        for (var i = 0; i < n; i++)
        {
            var k = TaggerFeatures.Extract(atoms, amb, i, i > 0 ? xpos[i - 1] : -1, i > 1 ? xpos[i - 2] : -1, upos[i], fine, f);
            xpos[i] = _xposFinal.Predict(f[..k], scores);
        }

        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }

        if (rentedFirst is not null)
        {
            ArrayPool<int>.Shared.Return(rentedFirst);
        }

        if (rentedFine is not null)
        {
            ArrayPool<int>.Shared.Return(rentedFine);
        }
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
        LinearModelFile.Write(_upos, writer);
        LinearModelFile.Write(_xpos, writer);
        LinearModelFile.Write(_uposFinal, writer);
        LinearModelFile.Write(_xposFinal, writer);
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
