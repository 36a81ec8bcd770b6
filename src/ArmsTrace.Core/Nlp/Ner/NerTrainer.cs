using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>Trains the <see cref="NerModel"/>.</summary>
internal static class NerTrainer
{
    /// <summary>
    /// Training sentences see name lists built from the other folds only; with their own names
    /// listed the model would learn to trust a match far more than it should on new text.
    /// </summary>
    private const int GazetteerFolds = 2;

    /// <summary>Folds are runs of sentences, so a document's repeated names rarely straddle two folds.</summary>
    private static int FoldOf(int sentence) => sentence / 200 % GazetteerFolds;

    public static NerModel Train(
        IReadOnlyList<NerSentence> train,
        IReadOnlyList<NerSentence>? dev,
        int iterations,
        int seed,
        Action<string>? log = null,
        float pruneBelow = 0.02f,
        Func<string[], string[]>? tagger = null,
        bool gazetteer = true)
    {
        var pos = train.Select(s => tagger is null ? [] : tagger(s.Words).Select(t => NerModel.HashTag(t)).ToArray()).ToArray();
        var caps = BuildCaps(train);
        var full = gazetteer ? BuildGazetteer(train, -1) : Gazetteer.Empty;
        var folds = new Gazetteer[GazetteerFolds];
        for (var fold = 0; fold < folds.Length; fold++)
        {
            folds[fold] = gazetteer ? BuildGazetteer(train, fold) : Gazetteer.Empty;
        }

        var tagIds = EntityTypes.Tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var trainer = new PerceptronTrainer(EntityTypes.Tags.Length);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        var f = new ulong[NerFeatures.Max];
        var scores = new float[EntityTypes.Tags.Length];
        NerModel? model = null;
        for (var it = 1; it <= iterations; it++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var s = train[index];
                var atoms = s.Words.Select(w => WordAtoms.Compute(w)).ToArray();
                var c = atoms.Select(a => NerModel.CapsOf(caps, a)).ToArray();
                var gaz = new ulong[atoms.Length];
                folds[FoldOf(index)].Match(atoms, gaz);
                var guesses = new int[s.Words.Length];
                var truths = s.Tags.Select(t => tagIds[t]).ToArray();
                TrainPass(trainer, atoms, c, pos[index], gaz, truths, guesses, f, scores);
            }

            model = new NerModel(trainer.Freeze(pruneBelow), caps, full, tagger is not null);
            var line = $"ner iteration {it}: rows {model.RowCount}";
            if (dev is not null)
            {
                line += $", dev F1 {100 * EntitySpans.F1(Evaluate(model, dev)["ALL"]):F2}";
            }

            log?.Invoke(line);
        }

        return model ?? throw new ArgumentOutOfRangeException(nameof(iterations), "At least one iteration is needed.");
    }

    private static void TrainPass(PerceptronTrainer trainer, WordAtoms[] atoms, ulong[] caps, ulong[] pos, ulong[] gaz, int[] truths, int[] guesses, ulong[] f, float[] scores)
    {
        for (var i = 0; i < guesses.Length; i++)
        {
            var prev = i > 0 ? guesses[i - 1] : -1;
            var k = NerFeatures.Extract(atoms, caps, pos, gaz, i, prev, i > 1 ? guesses[i - 2] : -1, f);
            trainer.Score(f.AsSpan(0, k), scores);
            var guess = 0;
            for (var t = 1; t < scores.Length; t++)
            {
                if (EntityTypes.IsLegal(prev, t) && scores[t] > scores[guess])
                {
                    guess = t;
                }
            }

            trainer.Tick();
            trainer.Update(f.AsSpan(0, k), truths[i], guess);
            guesses[i] = guess;
        }
    }

    public static Dictionary<string, (int Tp, int Predicted, int Gold)> Evaluate(NerModel model, IEnumerable<NerSentence> gold) =>
        EntitySpans.Score(gold.Select(s => (s.Tags, model.Predict(s.Words))));

    /// <summary>Knowledge-base names plus the names annotated in the training sentences outside <paramref name="leaveOut"/> (-1: all).</summary>
    private static Gazetteer BuildGazetteer(IReadOnlyList<NerSentence> train, int leaveOut)
    {
        var names = new Dictionary<ulong, byte>();
        Gazetteer.AddKnowledgeBase(names);
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
