using System.Runtime.InteropServices;

namespace ArmsTrace.Core.Nlp.Learning;

/// <summary>The stored form of a <see cref="LinearModel"/>: delta-coded keys, then dense or sparse rows.</summary>
internal static class LinearModelFile
{
    /// <summary>
    /// Writes the model. Rows of many classes are mostly zeros (an update touches two classes), so
    /// they are stored sparsely: a third of the bytes to decompress, which is most of the load time.
    /// </summary>
    public static void Write(LinearModel model, BinaryWriter writer)
    {
        var classes = model.Classes;
        writer.Write(classes);
        writer.Write(model.Scale);
        writer.Write(model.RowCount);
        var keys = model.Rows();
        uint previous = 0;
        foreach (var (key, _) in keys)
        {
            writer.Write7BitEncodedInt((int)(key - previous));
            previous = key;
        }

        var sparse = classes > 8;
        writer.Write(sparse);
        if (!sparse)
        {
            foreach (var (_, row) in keys)
            {
                foreach (var v in row)
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
            foreach (var v in row)
            {
                count += v != 0 ? 1 : 0;
            }

            writer.Write((byte)count);
        }

        foreach (var (_, row) in keys)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] != 0)
                {
                    writer.Write((byte)c);
                }
            }
        }

        foreach (var (_, row) in keys)
        {
            foreach (var v in row)
            {
                if (v != 0)
                {
                    writer.Write(v);
                }
            }
        }
    }


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

        if (!(flagged && reader.ReadBoolean()))
        {
            // BinaryReader never reads ahead, so the weights can be copied straight from the
            // stream into their final array instead of through a byte buffer.
            var weights = new short[count * classes];
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
        return new LinearModel(classes, scale, keys, counts, ids, values);
    }
}
