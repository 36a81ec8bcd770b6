namespace ArmsTrace.Core.Origins;

/// <summary>
/// A MinHash signature of a text's word shingles: the share of positions two signatures agree on
/// estimates the Jaccard similarity of their shingle sets, so reprints with small edits score
/// high and different reports on the same event score low (see docs/corroboration.md for how the
/// sizes and the threshold were measured).
/// </summary>
public sealed class TextSignature
{
    /// <summary>Hash functions per signature; the estimate's standard error is about 0.04 at this size.</summary>
    public const int Size = 128;

    /// <summary>
    /// Locality-sensitive hashing bands: texts agreeing on every row of any band become candidates.
    /// Sixteen bands of three rows make a pair at similarity 0.5 a candidate 88% of the time, as 32
    /// bands of four did (87%), with half the band keys to index at every ingest; candidates are then
    /// judged on the whole signature.
    /// </summary>
    public const int Bands = 16;

    public const int RowsPerBand = 3;

    /// <summary>Words per shingle; three keeps a one-word edit from touching more than three shingles.</summary>
    public const int DefaultShingleWords = 3;

    private static readonly ulong[] Seeds = MakeSeeds();

    private readonly uint[] _values;

    private TextSignature(uint[] values) => _values = values;

    /// <summary>The signature of a text; null when it has no words to compare.</summary>
    public static TextSignature? Of(string text, int shingleWords = DefaultShingleWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleWords, 1);
        var shingles = Shingles.Hashes(text, shingleWords);
        if (shingles.Count == 0)
        {
            return null;
        }

        var values = new uint[Size];
        Array.Fill(values, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Size; i++)
            {
                var v = (uint)(Mix(shingle ^ Seeds[i]) >> 32);
                if (v < values[i])
                {
                    values[i] = v;
                }
            }
        }

        return new TextSignature(values);
    }

    /// <summary>Reads back what <see cref="ToBytes"/> wrote.</summary>
    /// <exception cref="FormatException">The bytes are not a signature of this size.</exception>
    public static TextSignature FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length != Size * sizeof(uint))
        {
            throw new FormatException($"a text signature has {Size * sizeof(uint)} bytes, not {bytes.Length}");
        }

        var values = new uint[Size];
        for (var i = 0; i < Size; i++)
        {
            values[i] = BitConverter.ToUInt32(bytes, i * sizeof(uint));
        }

        return new TextSignature(values);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Size * sizeof(uint)];
        for (var i = 0; i < Size; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(uint)), _values[i]);
        }

        return bytes;
    }

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1.</summary>
    public double Similarity(TextSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var same = 0;
        for (var i = 0; i < Size; i++)
        {
            if (_values[i] == other._values[i])
            {
                same++;
            }
        }

        return (double)same / Size;
    }

    /// <summary>One key per band, the band's number mixed in, so a single indexed column finds candidates.</summary>
    public IReadOnlyList<long> BandKeys()
    {
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = Mix((ulong)b + 1);
            for (var r = 0; r < RowsPerBand; r++)
            {
                h = Mix(h ^ _values[(b * RowsPerBand) + r]);
            }

            keys[b] = (long)h;
        }

        return keys;
    }

    /// <summary>splitmix64's finaliser: a cheap, well-spread 64-bit mix, the same on every machine and run.</summary>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x41726d7354726163UL;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9e3779b97f4a7c15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
