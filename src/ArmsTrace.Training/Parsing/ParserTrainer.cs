using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Training.Learning;
using ArmsTrace.Training.Tagging;

namespace ArmsTrace.Training.Parsing;

/// <summary>
/// Trains the <see cref="Parser"/> with Goldberg and Nivre's dynamic oracle: from the second
/// iteration on the parser mostly follows its own (possibly wrong) decisions and learns the best
/// move from the configurations its mistakes lead to.
/// </summary>
internal static class ParserTrainer
{
    private const double FollowModel = 0.9;

    public static Parser Train(
        IReadOnlyList<ParserExample> train,
        IReadOnlyList<ParserExample>? dev,
        int iterations,
        int seed,
        Action<string>? log = null,
        float pruneBelow = 0.05f)
    {
        var labels = new Vocabulary(train.SelectMany(e => e.Gold.Deprels).Distinct().Order(StringComparer.Ordinal));
        var rootLabel = labels.Find(Relations.Root);
        var ambiguity = TaggerTrainer.BuildAmbiguity(
            train.Select(e => e.Gold).ToList(),
            new Vocabulary(train.SelectMany(e => e.Gold.Xpos).Distinct().Order(StringComparer.Ordinal)));
        var transitions = new PerceptronTrainer(3);
        var labeler = new PerceptronTrainer(labels.Count);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        var st = new ParseState();
        var atoms = new ParserAtoms();
        var f = new ulong[ParserFeatures.Max];
        var scores = new float[Math.Max(3, labels.Count)];
        var costs = new int[3];
        var golds = train.Select(e => Projectivizer.Lift(e.Gold.Heads)).ToArray();
        Parser? parser = null;
        for (var it = 1; it <= iterations; it++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var e = train[index];
                var n = e.Gold.Length;
                var gold = golds[index].Select(h => h < 0 ? n : h).ToArray();
                atoms.Reset(n);
                for (var i = 0; i < n; i++)
                {
                    atoms.Set(i, e.Gold.Forms[i], e.Upos[i], e.Xpos[i], ambiguity);
                }

                st.Reset(n);
                while (!st.IsTerminal)
                {
                    var k = ParserFeatures.Transition(st, atoms, f);
                    transitions.Score(f.AsSpan(0, k), scores);
                    var minCost = int.MaxValue;
                    for (var t = 0; t < 3; t++)
                    {
                        costs[t] = st.IsLegal((Transition)t) ? st.Cost((Transition)t, gold) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[t]);
                    }

                    var predicted = -1;
                    var best = -1;
                    for (var t = 0; t < 3; t++)
                    {
                        if (costs[t] == int.MaxValue)
                        {
                            continue;
                        }

                        if (predicted < 0 || scores[t] > scores[predicted])
                        {
                            predicted = t;
                        }

                        if (costs[t] == minCost && (best < 0 || scores[t] > scores[best]))
                        {
                            best = t;
                        }
                    }

                    transitions.Tick();
                    if (costs[predicted] > minCost)
                    {
                        transitions.Update(f.AsSpan(0, k), best, predicted);
                    }

                    var next = costs[predicted] == minCost || (it > 1 && random.NextDouble() < FollowModel) ? predicted : best;
                    var label = -1;
                    if (next != (int)Transition.Shift)
                    {
                        var (head, dep) = st.ArcOf((Transition)next);
                        if (head == n)
                        {
                            label = rootLabel;
                        }
                        else
                        {
                            var kl = ParserFeatures.Label(st, atoms, head, dep, f);
                            labeler.Score(f.AsSpan(0, kl), scores);
                            label = BestLabel(scores, labels.Count, rootLabel);
                            if (gold[dep] == head)
                            {
                                labeler.Tick();
                                labeler.Update(f.AsSpan(0, kl), labels.Find(e.Gold.Deprels[dep]), label);
                            }
                        }
                    }

                    st.Apply((Transition)next, label);
                }
            }

            parser = new Parser(labels, transitions.Freeze(pruneBelow), labeler.Freeze(pruneBelow), ambiguity);
            var line = $"parser iteration {it}: rows {parser.RowCount}";
            if (dev is not null)
            {
                var m = Evaluate(parser, dev);
                line += $", dev UAS {m.Uas:F2} LAS {m.Las:F2}";
            }

            log?.Invoke(line);
        }

        return parser ?? throw new ArgumentOutOfRangeException(nameof(iterations), "At least one iteration is needed.");
    }

    /// <summary>
    /// Trains one parser per seed in parallel and averages them: the seeds differ in sentence order
    /// and in the mistakes explored, and their average is steadier than any one of them.
    /// </summary>
    public static Parser TrainAveraged(
        IReadOnlyList<ParserExample> train,
        IReadOnlyList<ParserExample>? dev,
        int iterations,
        IReadOnlyList<int> seeds,
        Action<string>? log = null,
        float pruneBelow = 0.05f)
    {
        var parsers = new Parser[seeds.Count];
        Parallel.For(0, seeds.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            parsers[i] = Train(train, dev, iterations, seeds[i], line => log?.Invoke($"[seed {seeds[i]}] {line}"), pruneBelow));
        var parser = Average(parsers, pruneBelow);
        if (dev is not null)
        {
            var m = Evaluate(parser, dev);
            log?.Invoke($"averaged parser: rows {parser.RowCount}, dev UAS {m.Uas:F2} LAS {m.Las:F2}");
        }

        return parser;
    }

    /// <summary>One parser scoring like the average of several trained with other seeds.</summary>
    private static Parser Average(IReadOnlyList<Parser> parsers, float pruneBelow) => new(
        parsers[0].Labels,
        LinearModelBuilder.Sum([.. parsers.Select(p => p.TransitionModel)], pruneBelow),
        LinearModelBuilder.Sum([.. parsers.Select(p => p.LabelModel)], pruneBelow),
        parsers[0].Ambiguity);

    private static int BestLabel(ReadOnlySpan<float> scores, int count, int rootLabel)
    {
        var best = -1;
        for (var c = 0; c < count; c++)
        {
            if (c != rootLabel && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>UAS and LAS over all words, punctuation included; LAS compares full labels (with subtypes).</summary>
    public static (double Uas, double Las, double LasUniversal) Evaluate(Parser parser, IEnumerable<ParserExample> examples)
    {
        long n = 0;
        long u = 0;
        long l = 0;
        long lu = 0;
        foreach (var e in examples)
        {
            var p = parser.Parse(e.Gold.Forms, e.Upos, e.Xpos);
            for (var i = 0; i < e.Gold.Length; i++)
            {
                n++;
                if (p.Heads[i] == e.Gold.Heads[i])
                {
                    u++;
                    l += p.Deprels[i] == e.Gold.Deprels[i] ? 1 : 0;
                    lu += Universal(p.Deprels[i]).SequenceEqual(Universal(e.Gold.Deprels[i])) ? 1 : 0;
                }
            }
        }

        return (100.0 * u / n, 100.0 * l / n, 100.0 * lu / n);
    }

    private static ReadOnlySpan<char> Universal(string label)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? label : label.AsSpan(0, colon);
    }
}
