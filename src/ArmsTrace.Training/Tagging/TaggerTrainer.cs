using ArmsTrace.Core.Nlp.Conllu;
using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Training.Learning;

namespace ArmsTrace.Training.Tagging;

/// <summary>Trains the <see cref="Tagger"/> on a CoNLL-U treebank.</summary>
internal static class TaggerTrainer
{
    public static Tagger Train(
        IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<ConlluSentence>? dev,
        int iterations,
        int seed,
        Action<string>? log = null,
        float pruneBelow = 0.01f)
    {
        var uposTags = new Vocabulary(train.SelectMany(s => s.Upos).Distinct().Order(StringComparer.Ordinal));
        var xposTags = new Vocabulary(train.SelectMany(s => s.Xpos).Distinct().Order(StringComparer.Ordinal));
        var ambiguity = BuildAmbiguity(train, xposTags);
        var lemmatizer = LemmatizerTrainer.Learn(train.SelectMany(s => s.Forms.Select((f, i) => (f, s.Xpos[i], s.Lemmas[i]))));
        var upos = new PerceptronTrainer(uposTags.Count);
        var xpos = new PerceptronTrainer(xposTags.Count);
        var final = new PerceptronTrainer(uposTags.Count);
        var finalFine = new PerceptronTrainer(xposTags.Count);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        var f = new ulong[TaggerFeatures.Max];
        var scores = new float[Math.Max(uposTags.Count, xposTags.Count)];
        Tagger? tagger = null;
        for (var it = 1; it <= iterations; it++)
        {
            random.Shuffle(order);
            var correct = 0;
            var total = 0;
            foreach (var index in order)
            {
                var s = train[index];
                var atoms = s.Forms.Select(w => WordAtoms.Compute(w)).ToArray();
                var amb = atoms.Select(a => Tagger.AmbiguityOf(ambiguity, a)).ToArray();
                var guessU = new int[s.Length];
                var guessX = new int[s.Length];
                var guessF = new int[s.Length];
                var guessFX = new int[s.Length];
                for (var i = 0; i < s.Length; i++)
                {
                    var k = TaggerFeatures.Extract(atoms, amb, i, i > 0 ? guessU[i - 1] : -1, i > 1 ? guessU[i - 2] : -1, -1, default, f);
                    var truth = uposTags.Find(s.Upos[i]);
                    var guess = upos.Predict(f.AsSpan(0, k), scores);
                    upos.Tick();
                    upos.Update(f.AsSpan(0, k), truth, guess);
                    guessU[i] = guess;
                }

                for (var i = 0; i < s.Length; i++)
                {
                    var k = TaggerFeatures.Extract(atoms, amb, i, i > 0 ? guessX[i - 1] : -1, i > 1 ? guessX[i - 2] : -1, guessU[i], guessU, f);
                    var truth = xposTags.Find(s.Xpos[i]);
                    var guess = xpos.Predict(f.AsSpan(0, k), scores);
                    xpos.Tick();
                    xpos.Update(f.AsSpan(0, k), truth, guess);
                    guessX[i] = guess;
                }

                for (var i = 0; i < s.Length; i++)
                {
                    var k = TaggerFeatures.Extract(atoms, amb, i, i > 0 ? guessF[i - 1] : -1, i > 1 ? guessF[i - 2] : -1, -1, guessX, f);
                    var truth = uposTags.Find(s.Upos[i]);
                    var guess = final.Predict(f.AsSpan(0, k), scores);
                    final.Tick();
                    final.Update(f.AsSpan(0, k), truth, guess);
                    guessF[i] = guess;
                    correct += guess == truth ? 1 : 0;
                    total++;
                }

                for (var i = 0; i < s.Length; i++)
                {
                    var k = TaggerFeatures.Extract(atoms, amb, i, i > 0 ? guessFX[i - 1] : -1, i > 1 ? guessFX[i - 2] : -1, guessF[i], guessX, f);
                    var truth = xposTags.Find(s.Xpos[i]);
                    var guess = finalFine.Predict(f.AsSpan(0, k), scores);
                    finalFine.Tick();
                    finalFine.Update(f.AsSpan(0, k), truth, guess);
                    guessFX[i] = guess;
                }
            }

            tagger = new Tagger(uposTags, xposTags, upos.Freeze(pruneBelow), xpos.Freeze(pruneBelow), final.Freeze(pruneBelow), finalFine.Freeze(pruneBelow), ambiguity, lemmatizer);
            var line = $"tagger iteration {it}: train UPOS {100.0 * correct / total:F2}";
            if (dev is not null)
            {
                var m = Evaluate(tagger, dev);
                line += $", dev UPOS {m.Upos:F2} XPOS {m.Xpos:F2} lemma {m.Lemma:F2}";
            }

            log?.Invoke(line + $", rows {tagger.RowCount}");
        }

        return tagger ?? throw new ArgumentOutOfRangeException(nameof(iterations), "At least one iteration is needed.");
    }

    /// <summary>Trains one tagger per seed in parallel and averages their weights.</summary>
    public static Tagger TrainAveraged(
        IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<ConlluSentence>? dev,
        int iterations,
        IReadOnlyList<int> seeds,
        Action<string>? log = null,
        float pruneBelow = 0.01f)
    {
        var taggers = new Tagger[seeds.Count];
        Parallel.For(0, seeds.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            taggers[i] = Train(train, dev, iterations, seeds[i], line => log?.Invoke($"[seed {seeds[i]}] {line}"), pruneBelow));
        var tagger = Average(taggers, pruneBelow);
        if (dev is not null)
        {
            var m = Evaluate(tagger, dev);
            log?.Invoke($"averaged tagger: rows {tagger.RowCount}, dev UPOS {m.Upos:F2} XPOS {m.Xpos:F2} lemma {m.Lemma:F2}");
        }

        return tagger;
    }

    /// <summary>One tagger scoring like the average of several trained with other seeds.</summary>
    private static Tagger Average(IReadOnlyList<Tagger> taggers, float pruneBelow)
    {
        var t = taggers[0];
        return new Tagger(
            t.UposTags,
            t.XposTags,
            LinearModelBuilder.Sum([.. taggers.Select(x => x.UposModel)], pruneBelow),
            LinearModelBuilder.Sum([.. taggers.Select(x => x.XposModel)], pruneBelow),
            LinearModelBuilder.Sum([.. taggers.Select(x => x.UposFinalModel)], pruneBelow),
            LinearModelBuilder.Sum([.. taggers.Select(x => x.XposFinalModel)], pruneBelow),
            t.Ambiguity,
            t.Lemmatizer);
    }

    public static (double Upos, double Xpos, double Lemma) Evaluate(Tagger tagger, IEnumerable<ConlluSentence> gold)
    {
        long n = 0;
        long u = 0;
        long x = 0;
        long l = 0;
        foreach (var s in gold)
        {
            var t = tagger.Tag(s.Forms);
            for (var i = 0; i < s.Length; i++)
            {
                n++;
                u += t.Upos[i] == s.Upos[i] ? 1 : 0;
                x += t.Xpos[i] == s.Xpos[i] ? 1 : 0;
                l += t.Lemmas[i] == s.Lemmas[i] ? 1 : 0;
            }
        }

        return (100.0 * u / n, 100.0 * x / n, 100.0 * l / n);
    }

    /// <summary>Maps each word seen at least three times to a hash of the tags it takes at least 5% of the time.</summary>
    public static Dictionary<ulong, ulong> BuildAmbiguity(IReadOnlyList<ConlluSentence> train, Vocabulary xposTags)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var s in train)
        {
            for (var i = 0; i < s.Length; i++)
            {
                var key = FeatureHash.Lower(s.Forms[i]);
                if (!counts.TryGetValue(key, out var c))
                {
                    c = new int[xposTags.Count];
                    counts.Add(key, c);
                }

                c[xposTags.Find(s.Xpos[i])]++;
            }
        }

        var result = new Dictionary<ulong, ulong>();
        foreach (var (key, c) in counts)
        {
            var total = c.Sum();
            if (total < 3)
            {
                continue;
            }

            var h = FeatureHash.Of(12345);
            for (var t = 0; t < c.Length; t++)
            {
                if (c[t] * 20 >= total)
                {
                    h = FeatureHash.Mix(h ^ FeatureHash.Of(t));
                }
            }

            result.Add(key, h);
        }

        return result;
    }
}
