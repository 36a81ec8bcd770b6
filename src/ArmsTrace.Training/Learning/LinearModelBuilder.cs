using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Training.Learning;

/// <summary>Freezes trained weights into a <see cref="LinearModel"/>: quantised, pruned, summed over seeds.</summary>
internal static class LinearModelBuilder
{
    /// <summary>
    /// Quantises averaged weights to 16 bits, drops weights below <paramref name="pruneBelow"/>
    /// and rows left empty, and merges rows whose 32-bit keys collide.
    /// </summary>
    public static LinearModel Build(int classes, IReadOnlyList<ulong> hashes, ReadOnlySpan<float> weights, float pruneBelow)
    {
        var merged = new SortedDictionary<uint, float[]>();
        for (var r = 0; r < hashes.Count; r++)
        {
            var row = weights.Slice(r * classes, classes);
            var keep = false;
            foreach (var w in row)
            {
                keep |= Math.Abs(w) >= pruneBelow;
            }

            if (!keep)
            {
                continue;
            }

            var key = LinearModel.Key(hashes[r]);
            if (!merged.TryGetValue(key, out var acc))
            {
                acc = new float[classes];
                merged.Add(key, acc);
            }

            for (var c = 0; c < classes; c++)
            {
                if (Math.Abs(row[c]) >= pruneBelow)
                {
                    acc[c] += row[c];
                }
            }
        }

        return FromRows(classes, merged);
    }

    /// <summary>
    /// Sums several models trained on the same task (e.g. with different shuffles). For linear
    /// models the sum scores exactly like the ensemble, at the cost of a single model.
    /// </summary>
    public static LinearModel Sum(IReadOnlyList<LinearModel> models, float pruneBelow)
    {
        var classes = models[0].Classes;
        var merged = new SortedDictionary<uint, float[]>();
        foreach (var m in models)
        {
            foreach (var (key, row) in m.Rows())
            {
                if (!merged.TryGetValue(key, out var acc))
                {
                    acc = new float[classes];
                    merged.Add(key, acc);
                }

                for (var c = 0; c < classes; c++)
                {
                    acc[c] += row[c] * m.Scale / models.Count;
                }
            }
        }

        foreach (var key in merged.Where(p => p.Value.All(w => Math.Abs(w) < pruneBelow)).Select(p => p.Key).ToList())
        {
            merged.Remove(key);
        }

        return FromRows(classes, merged);
    }

    private static LinearModel FromRows(int classes, SortedDictionary<uint, float[]> rows)
    {
        var maxAbs = 1e-9f;
        foreach (var row in rows.Values)
        {
            foreach (var w in row)
            {
                maxAbs = Math.Max(maxAbs, Math.Abs(w));
            }
        }

        var scale = maxAbs / 32000f;
        var keys = new uint[rows.Count];
        var q = new short[rows.Count * classes];
        var i = 0;
        foreach (var (key, acc) in rows)
        {
            keys[i] = key;
            for (var c = 0; c < classes; c++)
            {
                q[(i * classes) + c] = (short)Math.Clamp(MathF.Round(acc[c] / scale), short.MinValue, short.MaxValue);
            }

            i++;
        }

        return new LinearModel(classes, scale, keys, q);
    }
}
