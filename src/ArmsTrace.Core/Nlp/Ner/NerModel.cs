using System.Runtime.InteropServices;
using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Learning;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>
/// Averaged-perceptron recogniser of PER, ORG and LOC over BILOU labels with Viterbi decoding,
/// run in two passes over a document: the second pass reads the first pass's labels and how the
/// first pass labelled the same word elsewhere in the document. Thread-safe once loaded.
/// </summary>
internal sealed class NerModel
{
    private const int Magic = 0x524E5441;
    private const int FormatVersion = 6;

    private static readonly ulong NoVote = FeatureHash.Text("<vote:none>");

    private readonly LinearModel _first;
    private readonly LinearModel? _second;
    private readonly Dictionary<ulong, ulong> _caps;
    private readonly int[] _firstTransitions;
    private readonly int[] _secondTransitions;
    private readonly StackedModels? _both;

    /// <param name="second">The stacked second pass, or null for a one-pass model.</param>
    /// <param name="given">Given names (<c>lexicons/given-names.txt</c>), or <see cref="Gazetteer.Empty"/>.</param>
    public NerModel(LinearModel first, LinearModel? second, Dictionary<ulong, ulong> caps, Gazetteer gazetteer, Gazetteer knowledge, Gazetteer given, WordClusters clusters)
    {
        Given = given;
        _first = first;
        _second = second;
        _caps = caps;
        Gazetteer = gazetteer;
        Knowledge = knowledge;
        Clusters = clusters;
        _firstTransitions = Transitions(first);
        _secondTransitions = second is null ? [] : Transitions(second);
        _both = second is null ? null : new StackedModels([first, second]);
    }

    /// <summary>Names annotated in the training data.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Names from the knowledge base, the geography tables and <c>lexicons/ner-names.txt</c>.</summary>
    public Gazetteer Knowledge { get; }

    /// <summary>Given names; a match says "could be a first name", context says whether it is one.</summary>
    public Gazetteer Given { get; }

    public WordClusters Clusters { get; }

    public int RowCount => _first.RowCount + (_second?.RowCount ?? 0);

    /// <summary>BIO tags of one sentence read as a document of its own; tags and parses it with the given models.</summary>
    public string[] Predict(ReadOnlySpan<string> words, Tagger tagger, Parser parser) => PredictDocument([words.ToArray()], tagger, parser)[0];

    /// <summary>BIO tags of the sentences of one document; tags and parses them with the given models.</summary>
    public string[][] PredictDocument(IReadOnlyList<string[]> sentences, Tagger tagger, Parser parser)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var doc = new NerDocument();
        foreach (var words in sentences)
        {
            var a = NerAnalysis.Of(tagger, parser, words);
            doc.StartSentence();
            for (var i = 0; i < words.Length; i++)
            {
                doc.Add(words[i], a.Xpos[i], a.Heads[i], a.Deprels[i]);
            }
        }

        Predict(doc);
        var result = new string[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var start = doc.SentenceStart(s);
            result[s] = new string[sentences[s].Length];
            for (var i = 0; i < result[s].Length; i++)
            {
                result[s][i] = EntityTypes.Tags[BilouLabels.ToBio(doc.Labels[start + i])];
            }
        }

        return result;
    }

    /// <summary>Labels every word of <paramref name="doc"/> into <see cref="NerDocument.Labels"/>.</summary>
    public void Predict(NerDocument doc) => Predict(doc, new NerScratch());

    /// <summary>Labels every word of <paramref name="doc"/>, in the working space of <paramref name="scratch"/>.</summary>
    public void Predict(NerDocument doc, NerScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(scratch);
        Prepare(doc, _caps, Gazetteer, Knowledge, Given, Clusters);
        if (_second is null)
        {
            Pass(doc, _first, _firstTransitions, stacked: false, doc.Labels, scratch);
            return;
        }

        TwoPasses(doc, _both!, _second, scratch);
    }

    /// <summary>
    /// Both passes read the base templates, so each word's are looked up once for the two models
    /// (<see cref="StackedModels"/>); the second pass then adds only its own templates.
    /// </summary>
    private void TwoPasses(NerDocument doc, StackedModels both, LinearModel second, NerScratch scratch)
    {
        var width = both.Classes;
        var shared = scratch.Shared(doc.Count * width);
        shared.Clear();
        Span<ulong> f = stackalloc ulong[NerFeatures.Max];
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            for (int i = doc.SentenceStart(s), end = doc.SentenceEnd(s); i < end; i++)
            {
                var k = NerFeatures.Base(doc, doc.SentenceStart(s), end, i, f);
                both.AccumulateAll(f[..k], shared.Slice(i * width, width));
            }
        }

        DecodeShared(doc, shared, width, both.FirstClass(0), _firstTransitions, null, doc.First, scratch);
        FillVotes(doc, scratch.Votes);
        DecodeShared(doc, shared, width, both.FirstClass(1), _secondTransitions, second, doc.Labels, scratch);
    }

    /// <summary>
    /// Decodes every sentence from one pass's share of the words' stacked sums (<paramref name="first"/>
    /// onwards in each word's row of <paramref name="width"/> in <paramref name="shared"/>), adding the
    /// templates of the second pass from <paramref name="stacked"/> when given.
    /// </summary>
    private static void DecodeShared(NerDocument doc, ReadOnlySpan<int> shared, int width, int first, int[] transitions, LinearModel? stacked, int[] output, NerScratch scratch)
    {
        var count = BilouLabels.Count;
        Span<ulong> f = stackalloc ulong[NerFeatures.Max];
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var start = doc.SentenceStart(s);
            var end = doc.SentenceEnd(s);
            var n = end - start;
            scratch.Ensure(n * count);
            var emission = scratch.Emission.AsSpan(0, n * count);
            for (var i = 0; i < n; i++)
            {
                var row = emission.Slice(i * count, count);
                shared.Slice(((start + i) * width) + first, count).CopyTo(row);
                if (stacked is not null)
                {
                    var k = NerFeatures.Stacked(doc, start, end, start + i, f);
                    stacked.Accumulate(f[..k], row);
                }
            }

            NerDecoder.Decode<int>(emission, transitions, n, scratch.Best, scratch.Back, output.AsSpan(start, n));
        }
    }

    /// <summary>Fills the per-word atoms that come from the model's tables rather than from the words alone.</summary>
    public static void Prepare(NerDocument doc, Dictionary<ulong, ulong> caps, Gazetteer gazetteer, Gazetteer knowledge, Gazetteer given, WordClusters clusters)
    {
        for (var i = 0; i < doc.Count; i++)
        {
            ref readonly var a = ref doc.Atoms[i];
            doc.Caps[i] = caps.TryGetValue(a.Lower, out var c) ? c : FeatureHash.F(98, a.ShortShape);
            clusters.Fill(a.Lower, doc.Cluster.AsSpan(WordClusters.Levels * i, WordClusters.Levels));
        }

        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var start = doc.SentenceStart(s);
            var n = doc.SentenceEnd(s) - start;
            gazetteer.Match(doc.Atoms.AsSpan(start, n), doc.Names.AsSpan(start, n));
            knowledge.Match(doc.Atoms.AsSpan(start, n), doc.Knowledge.AsSpan(start, n));
            given.Match(doc.Atoms.AsSpan(start, n), doc.Given.AsSpan(start, n));
        }
    }

    /// <summary>For each word, the type the first pass gave most often to the word's other occurrences in the document.</summary>
    public static void FillVotes(NerDocument doc, Dictionary<ulong, WordVote> votes)
    {
        votes.Clear();
        for (var i = 0; i < doc.Count; i++)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(votes, doc.Atoms[i].Lower, out _);
            entry = entry.With(BilouLabels.TypeOf(doc.First[i]) + 1, 1);
        }

        for (var i = 0; i < doc.Count; i++)
        {
            var others = votes[doc.Atoms[i].Lower].With(BilouLabels.TypeOf(doc.First[i]) + 1, -1);
            doc.Vote[i] = others.Total == 0 ? NoVote : FeatureHash.Of(2000 + (others.Majority * 2) + (others.Unanimous ? 1 : 0));
        }
    }

    /// <summary>Labels <paramref name="doc"/> (already prepared) with one pass of <paramref name="model"/>.</summary>
    public static void Decode(NerDocument doc, LinearModel model, bool stacked, int[] output) =>
        Pass(doc, model, Transitions(model), stacked, output, new NerScratch());

    private static void Pass(NerDocument doc, LinearModel model, int[] transitions, bool stacked, int[] output, NerScratch scratch)
    {
        Span<ulong> f = stackalloc ulong[NerFeatures.MaxTraining];
        var count = BilouLabels.Count;
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var start = doc.SentenceStart(s);
            var end = doc.SentenceEnd(s);
            var n = end - start;
            scratch.Ensure(n * count);
            var emission = scratch.Emission.AsSpan(0, n * count);
            for (var i = start; i < end; i++)
            {
                var k = NerFeatures.Extract(doc, start, end, i, stacked, f);
                model.Predict(f[..k], emission.Slice((i - start) * count, count));
            }

            NerDecoder.Decode<int>(emission, transitions, n, scratch.Best, scratch.Back, output.AsSpan(start, n));
        }
    }

    /// <summary>Transition scores, the first row being the sentence start.</summary>
    private static int[] Transitions(LinearModel model)
    {
        var count = BilouLabels.Count;
        var table = new int[(count + 1) * count];
        for (var p = -1; p < count; p++)
        {
            model.Predict([NerFeatures.Transition(p)], table.AsSpan((p + 1) * count, count));
        }

        return table;
    }

    public void Write(Stream stream) => ModelFile.Save(stream, Magic, FormatVersion, writer =>
    {
        writer.Write(_caps.Count);
        foreach (var (k, v) in _caps.OrderBy(p => p.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }

        Gazetteer.Write(writer);
        Knowledge.Write(writer);
        Given.Write(writer);
        Clusters.Write(writer);
        LinearModelFile.Write(_first, writer);
        writer.Write(_second is not null);
        if (_second is not null)
        {
            LinearModelFile.Write(_second, writer);
        }
    });

    /// <summary>Reads this version or version 5, which has no given names.</summary>
    public static NerModel Read(Stream stream) => ModelFile.Load(stream, Magic, 5, FormatVersion, (reader, version) =>
    {
        var count = reader.ReadInt32();
        var caps = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            var k = reader.ReadUInt64();
            caps[k] = reader.ReadUInt64();
        }

        var gazetteer = Gazetteer.Read(reader);
        var knowledge = Gazetteer.Read(reader);
        var given = version >= 6 ? Gazetteer.Read(reader) : Gazetteer.Empty;
        var clusters = WordClusters.Read(reader);
        var first = LinearModelFile.Read(reader);
        var second = reader.ReadBoolean() ? LinearModelFile.Read(reader) : null;
        return new NerModel(first, second, caps, gazetteer, knowledge, given, clusters);
    });
}
