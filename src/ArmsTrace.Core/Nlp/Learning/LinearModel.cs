using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;

namespace ArmsTrace.Core.Nlp.Learning;

/// <summary>
/// A frozen multi-class linear model over hashed features: an open-addressing table from the
/// upper 32 bits of a feature hash to a row of 16-bit class weights. Scoring does no allocation
/// and touches two cache lines per feature.
/// </summary>
internal sealed class LinearModel
{
    private readonly Slot[] _slots;
    private readonly short[] _weights;
    private readonly int _mask;

    private LinearModel(int classes, float scale, uint[] sortedKeys, short[] weights)
    {
        Classes = classes;
        Scale = scale;
        _weights = weights;
        // A load factor of at most two thirds keeps probes short and, against "at most half",
        // halves the table of the biggest model (and the page faults of filling it at load time).
        var capacity = 16;
        while (capacity < sortedKeys.Length + (sortedKeys.Length / 2))
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _slots = new Slot[capacity];
        for (var r = 0; r < sortedKeys.Length; r++)
        {
            var key = sortedKeys[r];
            var slot = (int)(SlotOf(key) & (uint)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, r * classes);
        }

        RowCount = sortedKeys.Length;
    }

    public int Classes { get; }

    /// <summary>Real weight of one quantised unit; scores compare equally without it.</summary>
    public float Scale { get; }

    public int RowCount { get; }

    public static uint Key(ulong hash)
    {
        var k = (uint)(hash >> 32);
        return k == 0 ? 1u : k;
    }

    /// <summary>Adds the weights of every known feature into <paramref name="scores"/> (not cleared first).</summary>
    public void Accumulate(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        var classes = Classes;
        var weights = _weights;
        foreach (var f in features)
        {
            var offset = Find(Key(f));
            if (offset < 0)
            {
                continue;
            }

            var w = weights.AsSpan(offset, classes);
            var c = 0;
            if (Vector.IsHardwareAccelerated && classes >= Vector<short>.Count)
            {
                var step = Vector<short>.Count;
                var half = Vector<int>.Count;
                for (; c + step <= classes; c += step)
                {
                    Vector.Widen(new Vector<short>(w[c..]), out var low, out var high);
                    var target = scores[c..];
                    (new Vector<int>(target) + low).CopyTo(target);
                    (new Vector<int>(target[half..]) + high).CopyTo(target[half..]);
                }
            }

            // Rows narrower than a full vector (the recogniser's 13 labels) still take 8 at a time.
            if (Vector128.IsHardwareAccelerated)
            {
                for (; c + Vector128<short>.Count <= classes; c += Vector128<short>.Count)
                {
                    var (low, high) = Vector128.Widen(Vector128.Create<short>(w[c..]));
                    var target = scores[c..];
                    (Vector128.Create<int>(target) + low).CopyTo(target);
                    (Vector128.Create<int>(target[Vector128<int>.Count..]) + high).CopyTo(target[Vector128<int>.Count..]);
                }
            }

            for (; c < w.Length; c++)
            {
                scores[c] += w[c];
            }
        }
    }

    public int Predict(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        scores = scores[..Classes];
        scores.Clear();
        Accumulate(features, scores);
        return ArgMax(scores);
    }

    public static int ArgMax(ReadOnlySpan<int> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Offset of the key's weight row, or -1.</summary>
    private int Find(uint key)
    {
        var slots = _slots;
        var slot = (int)(SlotOf(key) & (uint)_mask);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Key == key)
            {
                return s.Offset;
            }

            if (s.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static uint SlotOf(uint key) => key * 0x9E3779B1u;

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

            var key = Key(hashes[r]);
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
            foreach (var slot in m._slots)
            {
                if (slot.Key == 0)
                {
                    continue;
                }

                if (!merged.TryGetValue(slot.Key, out var acc))
                {
                    acc = new float[classes];
                    merged.Add(slot.Key, acc);
                }

                for (var c = 0; c < classes; c++)
                {
                    acc[c] += m._weights[slot.Offset + c] * m.Scale / models.Count;
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

    /// <summary>
    /// Writes the model. Rows of many classes are mostly zeros (an update touches two classes), so
    /// they are stored sparsely: a third of the bytes to decompress, which is most of the load time.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(Scale);
        writer.Write(RowCount);
        var keys = SortedKeys();
        uint previous = 0;
        foreach (var (key, _) in keys)
        {
            writer.Write7BitEncodedInt((int)(key - previous));
            previous = key;
        }

        var sparse = Classes > 8;
        writer.Write(sparse);
        if (!sparse)
        {
            foreach (var (_, row) in keys)
            {
                foreach (var v in _weights.AsSpan(row * Classes, Classes))
                {
                    writer.Write(v);
                }
            }

            return;
        }

        // Counts, then class ids, then values: like with like, which Brotli compresses better.
        foreach (var (_, row) in keys)
        {
            var count = 0;
            foreach (var v in _weights.AsSpan(row * Classes, Classes))
            {
                count += v != 0 ? 1 : 0;
            }

            writer.Write((byte)count);
        }

        foreach (var (_, row) in keys)
        {
            var w = _weights.AsSpan(row * Classes, Classes);
            for (var c = 0; c < w.Length; c++)
            {
                if (w[c] != 0)
                {
                    writer.Write((byte)c);
                }
            }
        }

        foreach (var (_, row) in keys)
        {
            foreach (var v in _weights.AsSpan(row * Classes, Classes))
            {
                if (v != 0)
                {
                    writer.Write(v);
                }
            }
        }
    }

    /// <summary>Key and row offset side by side, so a lookup touches one cache line.</summary>
    private readonly record struct Slot(uint Key, int Offset);

    /// <param name="flagged">Whether the file has the dense-or-sparse flag (current files); older ones are dense.</param>
    public static LinearModel Read(BinaryReader reader, bool flagged = true)
    {
        var classes = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var count = reader.ReadInt32();
        var keys = new uint[count];
        uint previous = 0;
        for (var i = 0; i < count; i++)
        {
            previous += (uint)reader.Read7BitEncodedInt();
            keys[i] = previous;
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new NotSupportedException("Model files are little-endian.");
        }

        var weights = new short[count * classes];
        if (!(flagged && reader.ReadBoolean()))
        {
            // BinaryReader never reads ahead, so the weights can be copied straight from the
            // stream into their final array instead of through a byte buffer.
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
            return new LinearModel(classes, scale, keys, weights);
        }

        var counts = reader.ReadBytes(count);
        var total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        var ids = reader.ReadBytes(total);
        var values = new short[total];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        var k = 0;
        for (var r = 0; r < count; r++)
        {
            var row = r * classes;
            for (var j = 0; j < counts[r]; j++, k++)
            {
                weights[row + ids[k]] = values[k];
            }
        }

        return new LinearModel(classes, scale, keys, weights);
    }

    private List<(uint Key, int Row)> SortedKeys()
    {
        var list = new List<(uint, int)>(RowCount);
        foreach (var s in _slots)
        {
            if (s.Key != 0)
            {
                list.Add((s.Key, s.Offset / Classes));
            }
        }

        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }
}
