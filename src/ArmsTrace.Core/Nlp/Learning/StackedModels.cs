using System.Numerics;
using System.Runtime.Intrinsics.X86;

namespace ArmsTrace.Core.Nlp.Learning;

/// <summary>
/// Several linear models over one feature space in one table: a feature's rows of every model lie
/// side by side, so a feature that all of them read costs one lookup instead of one per model.
/// The tagger's four passes share 33 of their 41 to 57 features a word; looked up once, those give
/// every pass its share of the score.
/// </summary>
/// <remarks>
/// An index slot packs a row key (upper 32 bits), the start of its entries (24 bits) and their count
/// (8 bits); entries pack a stacked class (the model's first class plus its own) above a 16-bit
/// weight, sorted by class so each model's entries are one run. Sums are exactly the models' own.
/// </remarks>
internal sealed class StackedModels
{
    private const ulong Empty = 0;

    private readonly ulong[] _index;
    private readonly uint[] _entries;
    private readonly int[] _first;
    private readonly int _mask;
    private readonly int _shift;

    public StackedModels(IReadOnlyList<LinearModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        _first = new int[models.Count + 1];
        for (var m = 0; m < models.Count; m++)
        {
            _first[m + 1] = _first[m] + models[m].Classes;
        }

        if (_first[^1] > ushort.MaxValue)
        {
            throw new ArgumentException("the models have more classes together than an entry can name", nameof(models));
        }

        var packed = models.Select(m => m.PackedRows()).ToArray();
        var rowCount = packed.Sum(p => p.Keys.Length);

        // Rows of every model ordered by key and, within a key, by model: a stacked row's entries then come out sorted by stacked class.
        var order = new ulong[rowCount];
        var keys = 0;
        var entryCount = 0;
        for (int m = 0, g = 0; m < packed.Length; m++)
        {
            foreach (var key in packed[m].Keys)
            {
                order[g] = ((ulong)key << 32) | (uint)g;
                g++;
            }

            entryCount += packed[m].Entries.Length;
        }

        Array.Sort(order);
        for (var r = 0; r < order.Length; r++)
        {
            keys += r == 0 || (order[r] >> 32) != (order[r - 1] >> 32) ? 1 : 0;
        }

        var capacity = 16;
        while (capacity < keys + (keys / 2))
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _shift = 32 - BitOperations.Log2((uint)capacity);
        _index = new ulong[capacity];
        _entries = new uint[entryCount];
        Fill(packed, order);
    }

    private void Fill((uint[] Keys, int[] Starts, uint[] Entries)[] packed, ulong[] order)
    {
        var firstRow = new int[packed.Length + 1];
        for (var m = 0; m < packed.Length; m++)
        {
            firstRow[m + 1] = firstRow[m] + packed[m].Keys.Length;
        }

        // Plain loops over arrays: this runs on every start, and tests run a Debug build.
        var entries = _entries;
        var index = _index;
        var cursor = 0;
        var r = 0;
        while (r < order.Length)
        {
            var key = (uint)(order[r] >> 32);
            var start = cursor;
            for (; r < order.Length && (uint)(order[r] >> 32) == key; r++)
            {
                var g = (int)(uint)order[r];
                var m = 0;
                while (g >= firstRow[m + 1])
                {
                    m++;
                }

                var starts = packed[m].Starts;
                var rows = packed[m].Entries;
                var stacked = (uint)_first[m] << 16;
                var local = g - firstRow[m];
                for (var e = starts[local]; e < starts[local + 1]; e++)
                {
                    entries[cursor++] = rows[e] + stacked;
                }
            }

            if (cursor - start > byte.MaxValue || start >= 1 << 24)
            {
                throw new InvalidOperationException($"row {key:x8} does not fit the stacked table ({cursor - start} entries from {start})");
            }

            var slot = HomeOf(key);
            while (index[slot] != Empty)
            {
                slot = (slot + 1) & _mask;
            }

            index[slot] = ((ulong)key << 32) | ((ulong)(uint)start << 8) | (uint)(cursor - start);
        }
    }

    /// <summary>Classes of all the models together: the length of a score vector for <see cref="AccumulateAll"/>.</summary>
    public int Classes => _first[^1];

    /// <summary>Where model <paramref name="model"/>'s classes start in a vector of all of them.</summary>
    public int FirstClass(int model) => _first[model];

    /// <summary>Adds every model's weights of the known features into <paramref name="scores"/>, indexed by stacked class.</summary>
    public unsafe void AccumulateAll(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        fixed (ulong* index = _index)
        fixed (uint* entries = _entries)
        {
            Prefetch(index, features);
            foreach (var f in features)
            {
                var slot = Find(index, LinearModel.Key(f));
                if (slot == Empty)
                {
                    continue;
                }

                var at = entries + (int)((slot >> 8) & 0xFFFFFF);
                for (int j = 0, n = (int)(slot & 0xFF); j < n; j++)
                {
                    scores[(int)(at[j] >> 16)] += (short)at[j];
                }
            }
        }
    }

    /// <summary>Asks for every feature's index slot before reading any, so their misses overlap.</summary>
    private unsafe void Prefetch(ulong* index, ReadOnlySpan<ulong> features)
    {
        if (Sse.IsSupported)
        {
            foreach (var f in features)
            {
                Sse.Prefetch0(index + HomeOf(LinearModel.Key(f)));
            }
        }
    }

    /// <summary>The key's index slot, or <see cref="Empty"/>.</summary>
    private unsafe ulong Find(ulong* index, uint key)
    {
        var slot = HomeOf(key);
        while (true)
        {
            var s = index[slot];
            if (s == Empty || (uint)(s >> 32) == key)
            {
                return s;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The top bits of the key, as in <see cref="LinearModel"/>: keys are already mixed hash bits.</summary>
    private int HomeOf(uint key) => (int)(key >> _shift);
}
