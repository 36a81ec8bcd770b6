using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Training.Learning;

namespace ArmsTrace.Training.Parsing;

/// <summary>Trains the parser's second-stage <see cref="Relabeler"/>.</summary>
internal static class RelabelerTrainer
{
    /// <summary>Trains on gold trees with the (jack-knifed) tags the parser sees.</summary>
    public static Relabeler Train(IReadOnlyList<ParserExample> train, Vocabulary labels, Dictionary<ulong, ulong> ambiguity, int iterations, int seed, Action<string>? log = null, float pruneBelow = 0.05f)
    {
        var rootLabel = labels.Find(Relations.Root);
        var trainer = new PerceptronTrainer(labels.Count);
        var atoms = new ParserAtoms();
        var f = new ulong[Relabeler.Max];
        var scores = new float[labels.Count];
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        for (var it = 1; it <= iterations; it++)
        {
            random.Shuffle(order);
            long total = 0;
            long correct = 0;
            foreach (var index in order)
            {
                var e = train[index];
                var n = e.Gold.Length;
                atoms.Reset(n);
                for (var i = 0; i < n; i++)
                {
                    atoms.Set(i, e.Gold.Forms[i], e.Upos[i], e.Xpos[i], ambiguity);
                }

                var gold = new int[n];
                for (var i = 0; i < n; i++)
                {
                    gold[i] = labels.Find(e.Gold.Deprels[i]);
                }

                foreach (var d in Relabeler.TopDown(e.Gold.Heads, n))
                {
                    if (e.Gold.Heads[d] < 0 || gold[d] < 0)
                    {
                        continue;
                    }

                    var k = Relabeler.Features(atoms, e.Gold.Heads, d, f);
                    trainer.Score(f.AsSpan(0, k), scores);
                    var guess = -1;
                    for (var c = 0; c < labels.Count; c++)
                    {
                        if (c != rootLabel && (guess < 0 || scores[c] > scores[guess]))
                        {
                            guess = c;
                        }
                    }

                    trainer.Tick();
                    trainer.Update(f.AsSpan(0, k), gold[d], guess);
                    total++;
                    correct += guess == gold[d] ? 1 : 0;
                }
            }

            log?.Invoke($"relabeler iteration {it}: train accuracy {100.0 * correct / total:F2}");
        }

        return new Relabeler(trainer.Freeze(pruneBelow));
    }
}
