using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Learning;
using ArmsTrace.Core.Nlp.Ner;
using ArmsTrace.Training.Learning;

namespace ArmsTrace.Training.Ner;

/// <summary>
/// Trains the <see cref="NerModel"/> as a structured perceptron: each sentence is decoded with the
/// current weights and, where the best path differs from the gold one, the gold path's features
/// and transitions are rewarded and the predicted path's penalised.
/// </summary>
internal static class NerTrainer
{
    /// <summary>
    /// Training sentences see name lists built from the other folds only; with their own names
    /// listed the model would learn to trust a match far more than it should on new text.
    /// </summary>
    private const int GazetteerFolds = 2;

    /// <summary>
    /// Folds of the first pass's jack-knifing: the second pass learns from first-pass labels as
    /// wrong as they will be on new text, not from a model that has seen the sentence.
    /// </summary>
    private const int StackFolds = 4;

    /// <summary>Folds are runs of sentences, so a document's repeated names rarely straddle two folds.</summary>
    private static int FoldOf(int sentence) => sentence / 200 % GazetteerFolds;

    /// <param name="analyse">Tags and tree of a training or dev sentence, as the recogniser will see them at run time.</param>
    /// <param name="stackIterations">Iterations of the second pass; 0 gives a one-pass model.</param>
    public static NerModel Train(
        IReadOnlyList<NerSentence> train,
        IReadOnlyList<NerSentence>? dev,
        int iterations,
        int seed,
        Func<NerSentence, NerAnalysis> analyse,
        Action<string>? log = null,
        WordClusters? clusters = null,
        int stackIterations = 0,
        float pruneBelow = 0.02f,
        Gazetteer? given = null,
        int lowercaseEvery = 0)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(analyse);
        clusters ??= WordClusters.Empty;
        var caps = BuildCaps(train);
        var full = BuildGazetteer(train, -1);
        var knowledge = Gazetteer.Knowledge();
        given ??= Gazetteer.Empty;
        var docs = BuildDocuments(train, analyse, (caps, full, knowledge, given, clusters));

        // Web text often drops capitals ("taco bell", "shanna"): a lower-cased copy of every k-th
        // training document teaches names from their context as well as from their capitals. A
        // copy keeps its original's name-list fold and stacking fold, or it would see its twin.
        var originals = docs.Count;
        var copyOf = new List<int>();
        for (var d = 0; lowercaseEvery > 0 && d < originals; d += lowercaseEvery)
        {
            if (docs[d].Doc.Domain != 0)
            {
                continue;
            }

            var first = docs[d].FirstSentence;
            var lowered = train.Skip(first).Take(docs[d].Doc.SentenceCount).Select(s => s with
            {
                Words = [.. s.Words.Select(w => w.ToLowerInvariant())],
                Id = "",
            }).ToList();
            foreach (var copy in BuildDocuments(lowered, analyse, (caps, full, knowledge, given, clusters)))
            {
                docs.Add(copy with { FirstSentence = first + copy.FirstSentence });
                copyOf.Add(d);
            }
        }

        int StackFold(int d) => (d < originals ? d : copyOf[d - originals]) % StackFolds;

        var folds = new Gazetteer[GazetteerFolds];
        for (var fold = 0; fold < folds.Length; fold++)
        {
            folds[fold] = BuildGazetteer(train, fold);
        }

        foreach (var d in docs)
        {
            for (var s = 0; s < d.Doc.SentenceCount; s++)
            {
                var start = d.Doc.SentenceStart(s);
                var n = d.Doc.SentenceEnd(s) - start;
                folds[FoldOf(d.FirstSentence + s)].Match(d.Doc.Atoms.AsSpan(start, n), d.Doc.Names.AsSpan(start, n));
            }
        }

        var devDocs = dev is null ? null : BuildDocuments(dev, analyse, null);
        string DevF1(LinearModel first, LinearModel? second) =>
            devDocs is null ? "" : $", dev F1 {100 * EntitySpans.F1(Score(new NerModel(first, second, caps, full, knowledge, given, clusters), devDocs)["ALL"]):F2}";

        var all = Enumerable.Range(0, docs.Count).ToArray();
        var iteration = 0;
        var firstPass = TrainPass(docs, all, iterations, seed, stacked: false, pruneBelow, keepTwins: false, log is null ? null : m => log($"ner pass 1 iteration {++iteration}: rows {m.RowCount}{DevF1(m, null)}"));
        if (stackIterations == 0)
        {
            return new NerModel(firstPass, null, caps, full, knowledge, given, clusters);
        }

        Parallel.For(0, StackFolds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fold =>
        {
            var rest = all.Where(d => StackFold(d) != fold).ToArray();
            var foldModel = TrainPass(docs, rest, iterations, seed + 1 + fold, stacked: false, pruneBelow, keepTwins: true, null);
            foreach (var d in all.Where(d => StackFold(d) == fold))
            {
                NerModel.Decode(docs[d].Doc, foldModel, stacked: false, docs[d].Doc.First);
            }
        });
        var votes = new Dictionary<ulong, WordVote>();
        foreach (var d in docs)
        {
            NerModel.FillVotes(d.Doc, votes);
        }

        iteration = 0;
        var secondPass = TrainPass(docs, all, stackIterations, seed, stacked: true, pruneBelow, keepTwins: false, log is null ? null : m => log($"ner pass 2 iteration {++iteration}: rows {m.RowCount}{DevF1(firstPass, m)}"));
        return new NerModel(firstPass, secondPass, caps, full, knowledge, given, clusters);
    }

    /// <param name="keepTwins">
    /// Whether the model keeps the corpus twins of features (<see cref="NerDocument.Domain"/>): a
    /// model that labels training documents needs them, one for new text (where no document has
    /// a corpus) would only carry them as dead rows.
    /// </param>
    private static LinearModel TrainPass(List<TrainingDocument> docs, int[] which, int iterations, int seed, bool stacked, float pruneBelow, bool keepTwins, Action<LinearModel>? afterIteration)
    {
        var twins = keepTwins ? null : new HashSet<ulong>();
        var units = new List<(int Doc, int Sentence)>();
        foreach (var d in which)
        {
            for (var s = 0; s < docs[d].Doc.SentenceCount; s++)
            {
                units.Add((d, s));
            }
        }

        var order = units.ToArray();
        var count = BilouLabels.Count;
        var trainer = new PerceptronTrainer(count);
        var random = new Random(seed);
        var features = new ulong[NerFeatures.MaxTraining * 64];
        var lengths = new int[64];
        var emission = new float[count * 64];
        var best = new float[count * 64];
        var back = new byte[count * 64];
        var guess = new int[64];
        var transitions = new float[(count + 1) * count];
        LinearModel? model = null;
        for (var it = 1; it <= iterations; it++)
        {
            random.Shuffle(order);
            foreach (var (d, s) in order)
            {
                var doc = docs[d].Doc;
                var gold = docs[d].Gold;
                var start = doc.SentenceStart(s);
                var end = doc.SentenceEnd(s);
                var n = end - start;
                if (n == 0)
                {
                    continue;
                }

                if (lengths.Length < n)
                {
                    features = new ulong[NerFeatures.MaxTraining * n * 2];
                    lengths = new int[n * 2];
                    emission = new float[count * n * 2];
                    best = new float[count * n * 2];
                    back = new byte[count * n * 2];
                    guess = new int[n * 2];
                }

                for (var i = 0; i < n; i++)
                {
                    var f = features.AsSpan(i * NerFeatures.MaxTraining, NerFeatures.MaxTraining);
                    lengths[i] = NerFeatures.Extract(doc, start, end, start + i, stacked, f);
                    if (twins is not null && doc.Domain != 0 && it == 1)
                    {
                        foreach (var twin in f[(lengths[i] / 2)..lengths[i]])
                        {
                            twins.Add(twin);
                        }
                    }

                    trainer.Score(f[..lengths[i]], emission.AsSpan(i * count, count));
                }

                for (var p = -1; p < count; p++)
                {
                    trainer.Score([NerFeatures.Transition(p)], transitions.AsSpan((p + 1) * count, count));
                }

                NerDecoder.Decode<float>(emission.AsSpan(0, n * count), transitions, n, best, back, guess);
                trainer.Tick();
                for (var i = 0; i < n; i++)
                {
                    var truth = gold[start + i];
                    var g = guess[i];
                    if (truth != g)
                    {
                        trainer.Update(features.AsSpan(i * NerFeatures.MaxTraining, lengths[i]), truth, g);
                    }

                    var truthBefore = i > 0 ? gold[start + i - 1] : -1;
                    var guessBefore = i > 0 ? guess[i - 1] : -1;
                    if (truth != g || truthBefore != guessBefore)
                    {
                        trainer.Add(NerFeatures.Transition(truthBefore), truth, 1f);
                        trainer.Add(NerFeatures.Transition(guessBefore), g, -1f);
                    }
                }
            }

            if (afterIteration is not null || it == iterations)
            {
                model = trainer.Freeze(pruneBelow, twins);
                afterIteration?.Invoke(model);
            }
        }

        return model ?? throw new ArgumentOutOfRangeException(nameof(iterations), "At least one iteration is needed.");
    }

    /// <summary>Scores a model on gold sentences grouped into their documents.</summary>
    /// <param name="predictions">Receives each sentence's gold and predicted BIO tags, in corpus order; null to score only.</param>
    public static Dictionary<string, (int Tp, int Predicted, int Gold)> Evaluate(
        NerModel model,
        IReadOnlyList<NerSentence> gold,
        Func<NerSentence, NerAnalysis> analyse,
        List<(string[] Gold, string[] Predicted)>? predictions = null) =>
        Score(model, BuildDocuments(gold, analyse, null), predictions);

    private static Dictionary<string, (int Tp, int Predicted, int Gold)> Score(NerModel model, List<TrainingDocument> docs, List<(string[] Gold, string[] Predicted)>? predictions = null)
    {
        var pairs = new List<(string[] Gold, string[] Predicted)>();
        foreach (var d in docs)
        {
            model.Predict(d.Doc);
            for (var s = 0; s < d.Doc.SentenceCount; s++)
            {
                var start = d.Doc.SentenceStart(s);
                var n = d.Doc.SentenceEnd(s) - start;
                var gold = new string[n];
                var predicted = new string[n];
                for (var i = 0; i < n; i++)
                {
                    gold[i] = EntityTypes.Tags[BilouLabels.ToBio(d.Gold[start + i])];
                    predicted[i] = EntityTypes.Tags[BilouLabels.ToBio(d.Doc.Labels[start + i])];
                }

                pairs.Add((gold, predicted));
            }
        }

        predictions?.AddRange(pairs);
        return EntitySpans.Score(pairs);
    }

    /// <summary>Groups consecutive sentences of one document; fills the atoms from the model's tables when they are given.</summary>
    private static List<TrainingDocument> BuildDocuments(
        IReadOnlyList<NerSentence> sentences,
        Func<NerSentence, NerAnalysis> analyse,
        (Dictionary<ulong, ulong> Caps, Gazetteer Names, Gazetteer Knowledge, Gazetteer Given, WordClusters Clusters)? tables)
    {
        var docs = new List<TrainingDocument>();
        var i = 0;
        while (i < sentences.Count)
        {
            var j = i + 1;
            while (j < sentences.Count && sentences[i].Document.Length > 0 && sentences[j].Document == sentences[i].Document)
            {
                j++;
            }

            var doc = new NerDocument();
            var gold = new List<int>();
            for (var s = i; s < j; s++)
            {
                var sentence = sentences[s];
                var a = analyse(sentence);
                doc.StartSentence();
                for (var w = 0; w < sentence.Words.Length; w++)
                {
                    doc.Add(sentence.Words[w], a.Xpos[w], a.Heads[w], a.Deprels[w]);
                }

                gold.AddRange(GoldLabels.FromBio(sentence.Tags));
            }

            if (sentences[i].Corpus.Length > 0)
            {
                doc.Domain = FeatureHash.Text(sentences[i].Corpus);
            }

            if (tables is { } t)
            {
                NerModel.Prepare(doc, t.Caps, t.Names, t.Knowledge, t.Given, t.Clusters);
            }

            docs.Add(new TrainingDocument(doc, [.. gold], i));
            i = j;
        }

        return docs;
    }

    /// <summary>The names annotated in the training sentences outside fold <paramref name="leaveOut"/> (-1: all).</summary>
    private static Gazetteer BuildGazetteer(IReadOnlyList<NerSentence> train, int leaveOut)
    {
        var names = new Dictionary<ulong, byte>();
        for (var i = 0; i < train.Count; i++)
        {
            if (FoldOf(i) == leaveOut)
            {
                continue;
            }

            var s = train[i];
            foreach (var (start, end, type) in EntitySpans.FromBio(s.Tags))
            {
                Gazetteer.Add(names, s.Words[start..end], Gazetteer.Bit(type));
            }
        }

        return new Gazetteer(names);
    }

    /// <summary>
    /// Buckets each frequent word by how often it is capitalised when not sentence-initial: a
    /// capitalised word that is usually lower-case (a headline word) is rarely a name.
    /// </summary>
    private static Dictionary<ulong, ulong> BuildCaps(IReadOnlyList<NerSentence> train)
    {
        var counts = new Dictionary<ulong, (int Caps, int Total)>();
        foreach (var s in train)
        {
            for (var i = 1; i < s.Words.Length; i++)
            {
                var w = s.Words[i];
                if (w.Length == 0 || !char.IsLetter(w[0]))
                {
                    continue;
                }

                var key = FeatureHash.Lower(w);
                var c = counts.GetValueOrDefault(key);
                counts[key] = (c.Caps + (char.IsUpper(w[0]) ? 1 : 0), c.Total + 1);
            }
        }

        var result = new Dictionary<ulong, ulong>();
        foreach (var (key, (capsCount, total)) in counts)
        {
            if (total < 2)
            {
                continue;
            }

            var ratio = (double)capsCount / total;
            var bucket = ratio < 0.05 ? 0 : ratio < 0.5 ? 1 : ratio < 0.95 ? 2 : 3;
            result[key] = FeatureHash.Of(500 + bucket + (total >= 10 ? 10 : 0));
        }

        return result;
    }
}
