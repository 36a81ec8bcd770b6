using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Training.Learning;

/// <summary>
/// Multi-class averaged perceptron with lazy averaging (Daumé's trick via per-weight time stamps).
/// Rows are created only for features that take part in an update, which keeps the training
/// footprint proportional to the mistakes made rather than to every feature ever seen.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly Dictionary<ulong, int> _rowOf = [];
    private readonly List<ulong> _hashes = [];
    private float[] _w;
    private double[] _total;
    private int[] _stamp;
    private int _time;

    public PerceptronTrainer(int classes)
    {
        Classes = classes;
        _w = new float[1024 * classes];
        _total = new double[_w.Length];
        _stamp = new int[_w.Length];
    }

    public int Classes { get; }

    public int RowCount => _hashes.Count;

    /// <summary>Advances the averaging clock; call once per training decision.</summary>
    public void Tick() => _time++;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..Classes];
        scores.Clear();
        foreach (var f in features)
        {
            if (!_rowOf.TryGetValue(f, out var row))
            {
                continue;
            }

            var w = _w.AsSpan(row * Classes, Classes);
            for (var c = 0; c < w.Length; c++)
            {
                scores[c] += w[c];
            }
        }
    }

    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Score(features, scores);
        var best = 0;
        for (var c = 1; c < Classes; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var f in features)
        {
            var row = RowFor(f);
            Add(row * Classes + truth, amount);
            Add(row * Classes + guess, -amount);
        }
    }

    /// <summary>Adds <paramref name="amount"/> to one class weight of one feature.</summary>
    public void Add(ulong feature, int cls, float amount) => Add((RowFor(feature) * Classes) + cls, amount);

    /// <summary>The averaged weights, frozen and quantised.</summary>
    /// <param name="leaveOut">Features whose rows the frozen model does without (they never fire where it is used), or null.</param>
    public LinearModel Freeze(float pruneBelow, IReadOnlySet<ulong>? leaveOut = null)
    {
        var avg = new float[_hashes.Count * Classes];
        var t = Math.Max(1, _time);
        for (var row = 0; row < _hashes.Count; row++)
        {
            if (leaveOut is not null && leaveOut.Contains(_hashes[row]))
            {
                continue;
            }

            for (var i = row * Classes; i < (row + 1) * Classes; i++)
            {
                var total = _total[i] + ((double)(_time - _stamp[i]) * _w[i]);
                avg[i] = (float)(total / t);
            }
        }

        return LinearModelBuilder.Build(Classes, _hashes, avg, pruneBelow);
    }

    private void Add(int cell, float amount)
    {
        _total[cell] += (double)(_time - _stamp[cell]) * _w[cell];
        _stamp[cell] = _time;
        _w[cell] += amount;
    }

    private int RowFor(ulong feature)
    {
        if (_rowOf.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = _hashes.Count;
        _hashes.Add(feature);
        _rowOf.Add(feature, row);
        var needed = (row + 1) * Classes;
        if (needed > _w.Length)
        {
            var size = _w.Length * 2;
            Array.Resize(ref _w, size);
            Array.Resize(ref _total, size);
            Array.Resize(ref _stamp, size);
        }

        Array.Fill(_stamp, _time, row * Classes, Classes);
        return row;
    }
}
