using System.Runtime.InteropServices;
using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>
/// Averaged-perceptron recogniser of PER, ORG and LOC over BILOU labels with Viterbi decoding,
/// run in two passes over a document: the second pass reads the first pass's labels and how the
/// first pass labelled the same word elsewhere in the document. Thread-safe once loaded.
/// </summary>
internal sealed class NerModel
{
    private const int Magic = 0x524E5441;
    private const int FormatVersion = 5;

    private static readonly ulong NoVote = FeatureHash.Text("<vote:none>");

    [ThreadStatic]
    private static NerScratch? t_scratch;

    private readonly LinearModel _first;
    private readonly LinearModel? _second;
    private readonly Dictionary<ulong, ulong> _caps;
    private readonly int[] _firstTransitions;
    private readonly int[] _secondTransitions;

    public NerModel(LinearModel first, LinearModel? second, Dictionary<ulong, ulong> caps, Gazetteer gazetteer, Gazetteer knowledge, WordClusters clusters)
    {
        Knowledge = knowledge;
        _first = first;
        _second = second;
        _caps = caps;
        Gazetteer = gazetteer;
        Clusters = clusters;
        _firstTransitions = Transitions(first);
        _secondTransitions = second is null ? [] : Transitions(second);
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>Names from the knowledge base and the geography tables, matched apart from the names seen in training.</summary>
    public Gazetteer Knowledge { get; }

    public WordClusters Clusters { get; }

    public int RowCount => _first.RowCount + (_second?.RowCount ?? 0);

    /// <summary>Capitalisation class of a word: how often it was capitalised mid-sentence in training, or unknown.</summary>
    public static ulong CapsOf(Dictionary<ulong, ulong> caps, in WordAtoms atoms) =>
        caps.TryGetValue(atoms.Lower, out var c) ? c : FeatureHash.F(98, atoms.ShortShape);

    /// <summary>BIO tags of one sentence read as a document of its own; tags and parses it with the embedded models.</summary>
    public string[] Predict(ReadOnlySpan<string> words) => PredictDocument([words.ToArray()])[0];

    /// <summary>BIO tags of the sentences of one document; tags and parses them with the embedded models.</summary>
    public string[][] PredictDocument(IReadOnlyList<string[]> sentences)
    {
        var doc = new NerDocument();
        foreach (var words in sentences)
        {
            var tags = NlpModels.Tagger.Tag(words);
            var tree = NlpModels.Parser.Parse(words, tags.Upos, tags.Xpos);
            doc.StartSentence();
            for (var i = 0; i < words.Length; i++)
            {
                doc.Add(words[i], tags.Upos[i], tags.Xpos[i], tree.Heads[i], tree.Deprels[i]);
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
    public void Predict(NerDocument doc)
    {
        Prepare(doc);
        var scratch = t_scratch ??= new NerScratch();
        if (_second is null)
        {
            Pass(doc, _first, _firstTransitions, stacked: false, doc.Labels, scratch, NerExperiment.OutsideBias / _first.Scale);
            return;
        }

        Pass(doc, _first, _firstTransitions, stacked: false, doc.First, scratch);
        FillVotes(doc, scratch.Votes, scratch.DocumentNames);
        Pass(doc, _second, _secondTransitions, stacked: true, doc.Labels, scratch, NerExperiment.OutsideBias / _second.Scale);
    }

    /// <summary>Fills the per-word atoms that come from the model's tables rather than from the words alone.</summary>
    public void Prepare(NerDocument doc) => Prepare(doc, _caps, Gazetteer, Knowledge, Clusters, (t_scratch ??= new NerScratch()).Spellings);

    public static void Prepare(NerDocument doc, Dictionary<ulong, ulong> caps, Gazetteer gazetteer, Gazetteer knowledge, WordClusters clusters, Dictionary<ulong, WordSpelling> spellings)
    {
        for (var i = 0; i < doc.Count; i++)
        {
            caps.TryGetValue(doc.Atoms[i].Lower, out var c);
            doc.Caps[i] = c != 0 ? c : FeatureHash.F(98, doc.Atoms[i].ShortShape);
            clusters.Fill(doc.Atoms[i].Lower, doc.Cluster.AsSpan(3 * i, 3));
        }

        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var start = doc.SentenceStart(s);
            var end = doc.SentenceEnd(s);
            gazetteer.Match(doc.Atoms.AsSpan(start, end - start), doc.Names.AsSpan(start, end - start));
            knowledge.Match(doc.Atoms.AsSpan(start, end - start), doc.Knowledge.AsSpan(start, end - start));
        }

        FillSpellings(doc, spellings);
    }

    /// <summary>
    /// For each word, whether the document also has it capitalised mid-sentence or in lower case
    /// elsewhere: a sentence-initial or all-capitals word is read through its other spellings.
    /// </summary>
    private static void FillSpellings(NerDocument doc, Dictionary<ulong, WordSpelling> spellings)
    {
        spellings.Clear();
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var start = doc.SentenceStart(s);
            for (var i = start; i < doc.SentenceEnd(s); i++)
            {
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(spellings, doc.Atoms[i].Lower, out _);
                entry = entry.With(SpellingOf(doc.Atoms[i], i == start), 1);
            }
        }

        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var start = doc.SentenceStart(s);
            for (var i = start; i < doc.SentenceEnd(s); i++)
            {
                var others = spellings[doc.Atoms[i].Lower].With(SpellingOf(doc.Atoms[i], i == start), -1);
                doc.Spelling[i] = FeatureHash.Of(1000 + (others.Capitalised > 0 ? 1 : 0) + (others.Lower > 0 ? 2 : 0) + (others.Upper > 0 ? 4 : 0));
            }
        }
    }

    private static int SpellingOf(in WordAtoms a, bool initial) =>
        a.Length == 0 ? -1 : a.AllCaps ? (a.Length > 1 ? 2 : -1) : a.InitialCap ? (initial ? -1 : 0) : 1;

    /// <summary>The type the first pass gave most often to the other occurrences of each word.</summary>
    public static void FillVotes(NerDocument doc, Dictionary<ulong, WordVote> votes, Dictionary<ulong, byte> names)
    {
        names.Clear();
        for (var i = 0; i < doc.Count; i++)
        {
            var type = BilouLabels.TypeOf(doc.First[i]);
            if (type < 0 || BilouLabels.PartOf(doc.First[i]) is not (BilouPart.Begin or BilouPart.Unit))
            {
                continue;
            }

            var h = 0UL;
            var j = i;
            while (true)
            {
                h = Gazetteer.Extend(h, doc.Atoms[j].Lower);
                if (BilouLabels.PartOf(doc.First[j]) is BilouPart.Last or BilouPart.Unit || j - i + 1 >= Gazetteer.MaxLength)
                {
                    break;
                }

                j++;
            }

            ref var bits = ref CollectionsMarshal.GetValueRefOrAddDefault(names, h, out _);
            bits |= Gazetteer.Bit(EntityTypes.Types[type]);
        }

        var list = new Gazetteer(names);
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var start = doc.SentenceStart(s);
            var end = doc.SentenceEnd(s);
            list.Match(doc.Atoms.AsSpan(start, end - start), doc.DocumentNames.AsSpan(start, end - start));
        }

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
        Pass(doc, model, Transitions(model), stacked, output, t_scratch ??= new NerScratch());

    private static void Pass(NerDocument doc, LinearModel model, int[] transitions, bool stacked, int[] output, NerScratch scratch, float outsideBias = 0)
    {
        var bias = (int)MathF.Round(outsideBias);
        Span<ulong> f = stackalloc ulong[NerFeatures.Max];
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
                emission[(i - start) * count] -= bias;
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
        Clusters.Write(writer);
        _first.Write(writer);
        writer.Write(_second is not null);
        _second?.Write(writer);
    });

    public static NerModel Read(Stream stream) => ModelFile.Load(stream, Magic, FormatVersion, reader =>
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
        var clusters = WordClusters.Read(reader);
        var first = LinearModel.Read(reader);
        var second = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
        return new NerModel(first, second, caps, gazetteer, knowledge, clusters);
    });
}
