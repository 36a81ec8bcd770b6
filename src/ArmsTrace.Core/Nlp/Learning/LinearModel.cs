using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace ArmsTrace.Core.Nlp.Learning;

/// <summary>
/// A frozen multi-class linear model over hashed features: an open-addressing table from the upper
/// 32 bits of a feature hash to the row's non-zero 16-bit class weights. An averaged perceptron
/// leaves about three non-zero classes a row, so a row of up to three lives in its 16-byte slot and
/// a lookup costs one cache line; longer rows spill into a second array.
/// </summary>
internal sealed class LinearModel
{
    private const uint Empty = uint.MaxValue;
    private const uint SpillTag = 0xFFFE0000u;

    private readonly Slot[] _slots;
    private readonly uint[] _spill;
    private readonly int _mask;
    private readonly int _shift;

    /// <param name="sortedKeys">Row keys in ascending order (none zero).</param>
    /// <param name="weights">Dense rows, <paramref name="classes"/> weights each, in key order.</param>
    public LinearModel(int classes, float scale, uint[] sortedKeys, short[] weights)
        : this(classes, scale, sortedKeys.Length)
    {
        // Plain loops over arrays: models are read on every start, and tests run a Debug build,
        // where span indexers and small helpers are calls.
        var spilled = 0;
        for (var r = 0; r < sortedKeys.Length; r++)
        {
            var n = 0;
            for (int c = 0, at = r * classes; c < classes; c++, at++)
            {
                if (weights[at] != 0)
                {
                    n++;
                }
            }

            spilled += n > 3 ? n : 0;
        }

        _spill = new uint[spilled];
        var entries = new uint[classes];
        var cursor = 0;
        for (var r = 0; r < sortedKeys.Length; r++)
        {
            var n = 0;
            for (int c = 0, at = r * classes; c < classes; c++, at++)
            {
                if (weights[at] != 0)
                {
                    entries[n++] = ((uint)c << 16) | (ushort)weights[at];
                }
            }

            Insert(sortedKeys[r], entries, n, ref cursor);
        }
    }

    /// <param name="counts">Each row's number of non-zero classes.</param>
    /// <param name="classIds">The rows' class ids, row after row.</param>
    /// <param name="values">Their weights, in the same order.</param>
    public LinearModel(int classes, float scale, uint[] sortedKeys, byte[] counts, byte[] classIds, short[] values)
        : this(classes, scale, sortedKeys.Length)
    {
        var spilled = 0;
        foreach (var n in counts)
        {
            spilled += n > 3 ? n : 0;
        }

        _spill = new uint[spilled];
        var entries = new uint[classes];
        var cursor = 0;
        var k = 0;
        for (var r = 0; r < sortedKeys.Length; r++)
        {
            int n = counts[r];
            for (var j = 0; j < n; j++, k++)
            {
                if (classIds[k] >= classes)
                {
                    throw new InvalidDataException($"class {classIds[k]} of a model with {classes}");
                }

                entries[j] = ((uint)classIds[k] << 16) | (ushort)values[k];
            }

            Insert(sortedKeys[r], entries, n, ref cursor);
        }
    }

    private LinearModel(int classes, float scale, int rows)
    {
        if (classes is < 1 or > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, "a model has 1 to 255 classes");
        }

        Classes = classes;
        Scale = scale;
        RowCount = rows;

        // A load factor of at most two thirds keeps probes short; four slots share a cache line.
        var capacity = 16;
        while (capacity < rows + (rows / 2))
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _shift = 32 - BitOperations.Log2((uint)capacity);
        _slots = new Slot[capacity];
        _spill = [];
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
    /// <remarks>
    /// The tables are far bigger than the processor's caches. Asking for every feature's slot before
    /// reading any puts all of a prediction's memory misses in flight together instead of one after
    /// the other; the spilled rows of the features found are asked for the same way.
    /// </remarks>
    public unsafe void Accumulate(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        var count = features.Length;
        Span<int> found = count <= 256 ? stackalloc int[count] : new int[count];
        var hits = 0;
        fixed (Slot* slots = _slots)
        fixed (uint* spill = _spill)
        {
            if (Sse.IsSupported)
            {
                foreach (var f in features)
                {
                    Sse.Prefetch0(slots + HomeOf(Key(f)));
                }
            }

            foreach (var f in features)
            {
                var slot = Find(slots, Key(f));
                if (slot < 0)
                {
                    continue;
                }

                found[hits++] = slot;
                if (Sse.IsSupported && (slots[slot].E0 & 0xFFFF0000u) == SpillTag)
                {
                    Sse.Prefetch0(spill + slots[slot].E1);
                }
            }

            for (var j = 0; j < hits; j++)
            {
                ref readonly var s = ref slots[found[j]];
                if ((s.E0 & 0xFFFF0000u) == SpillTag)
                {
                    var row = new ReadOnlySpan<uint>(spill + s.E1, (int)(s.E0 & 0xFFFF));
                    foreach (var e in row)
                    {
                        scores[(int)(e >> 16)] += (short)e;
                    }

                    continue;
                }

                Add(s.E0, scores);
                Add(s.E1, scores);
                Add(s.E2, scores);
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

    /// <summary>
    /// Every row's key and its non-zero entries packed as class &lt;&lt; 16 | weight (row r's run is
    /// Entries[Starts[r]..Starts[r + 1]]), in table order: for stacking models, not for scoring.
    /// </summary>
    public (uint[] Keys, int[] Starts, uint[] Entries) PackedRows()
    {
        // Plain loops over arrays, as in the constructors: this runs on every start, in Debug too.
        var slots = _slots;
        var count = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].Key != 0)
            {
                count += (slots[i].E0 & 0xFFFF0000u) == SpillTag ? (int)(slots[i].E0 & 0xFFFF)
                    : (slots[i].E0 != Empty ? 1 : 0) + (slots[i].E1 != Empty ? 1 : 0) + (slots[i].E2 != Empty ? 1 : 0);
            }
        }

        var keys = new uint[RowCount];
        var starts = new int[RowCount + 1];
        var entries = new uint[count];
        var r = 0;
        var at = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            var s = slots[i];
            if (s.Key == 0)
            {
                continue;
            }

            keys[r] = s.Key;
            if ((s.E0 & 0xFFFF0000u) == SpillTag)
            {
                Array.Copy(_spill, (int)s.E1, entries, at, (int)(s.E0 & 0xFFFF));
                at += (int)(s.E0 & 0xFFFF);
            }
            else
            {
                at = Append(s.E0, entries, at);
                at = Append(s.E1, entries, at);
                at = Append(s.E2, entries, at);
            }

            starts[++r] = at;
        }

        return (keys, starts, entries);
    }

    private static int Append(uint entry, uint[] entries, int at)
    {
        if (entry != Empty)
        {
            entries[at++] = entry;
        }

        return at;
    }

    /// <summary>Every row as dense weights, in key order: for writing and summing models, not for scoring.</summary>
    public List<(uint Key, short[] Weights)> Rows()
    {
        var rows = new List<(uint, short[])>(RowCount);
        foreach (var s in _slots)
        {
            if (s.Key == 0)
            {
                continue;
            }

            var dense = new short[Classes];
            if ((s.E0 & 0xFFFF0000u) == SpillTag)
            {
                foreach (var e in _spill.AsSpan((int)s.E1, (int)(s.E0 & 0xFFFF)))
                {
                    dense[e >> 16] = (short)e;
                }
            }
            else
            {
                foreach (var e in (ReadOnlySpan<uint>)[s.E0, s.E1, s.E2])
                {
                    if (e != Empty)
                    {
                        dense[e >> 16] = (short)e;
                    }
                }
            }

            rows.Add((s.Key, dense));
        }

        rows.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return rows;
    }

    private static void Add(uint entry, Span<int> scores)
    {
        if (entry != Empty)
        {
            scores[(int)(entry >> 16)] += (short)entry;
        }
    }

    /// <summary>Puts a row of <paramref name="n"/> entries in its slot, or in the spill array at <paramref name="cursor"/> when longer than three.</summary>
    private void Insert(uint key, uint[] entries, int n, ref int cursor)
    {
        var slots = _slots;
        var slot = HomeOf(key);
        while (slots[slot].Key != 0)
        {
            slot = (slot + 1) & _mask;
        }

        ref var s = ref slots[slot];
        s.Key = key;
        if (n > 3)
        {
            Array.Copy(entries, 0, _spill, cursor, n);
            s.E0 = SpillTag | (uint)n;
            s.E1 = (uint)cursor;
            s.E2 = Empty;
            cursor += n;
            return;
        }

        s.E0 = n > 0 ? entries[0] : Empty;
        s.E1 = n > 1 ? entries[1] : Empty;
        s.E2 = n > 2 ? entries[2] : Empty;
    }

    /// <summary>Index of the key's slot, or -1.</summary>
    private unsafe int Find(Slot* slots, uint key)
    {
        var slot = HomeOf(key);
        while (true)
        {
            var k = slots[slot].Key;
            if (k == key)
            {
                return slot;
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// A key's first slot: its top bits. Keys are already well-mixed hash bits, and taking the top
    /// ones keeps slots in key order, so a model read in key order fills its table front to back
    /// instead of writing all over a table bigger than the caches (three times faster to load).
    /// </summary>
    private int HomeOf(uint key) => (int)(key >> _shift);

    /// <summary>
    /// A row key and up to three (class, weight) entries packed as class &lt;&lt; 16 | weight, or for a
    /// longer row a spill tag with its length in <see cref="E0"/> and its start in <see cref="E1"/>.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 16)]
    private struct Slot
    {
        public uint Key;
        public uint E0;
        public uint E1;
        public uint E2;
    }
}
