using System.IO.Compression;

namespace ArmsTrace.Core.Nlp.Learning;

/// <summary>
/// Framing shared by the model files: a magic number and version, then a Brotli-compressed body.
/// Brotli at quality 9 gets most of the gain of quality 11 at a fraction of its (minutes-long) cost.
/// </summary>
internal static class ModelFile
{
    public static void Save(Stream stream, int magic, int version, Action<BinaryWriter> write)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        var source = body.GetBuffer().AsSpan(0, (int)body.Length);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(source.Length)];
        if (!BrotliEncoder.TryCompress(source, compressed, out var written, quality: 9, window: 24))
        {
            throw new InvalidOperationException("Brotli compression of the model failed.");
        }

        using var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        header.Write(magic);
        header.Write(version);
        header.Write((int)body.Length);
        header.Write(written);
        header.Write(compressed, 0, written);
    }

    public static T Load<T>(Stream stream, int magic, int version, Func<BinaryReader, T> read) =>
        Load(stream, magic, version, version, (reader, _) => read(reader));

    /// <summary>Reads a file of any version from <paramref name="oldest"/> to <paramref name="newest"/>; the reader is told which.</summary>
    public static T Load<T>(Stream stream, int magic, int oldest, int newest, Func<BinaryReader, int, T> read)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(read);
        using var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var fileMagic = header.ReadInt32();
        var version = header.ReadInt32();
        if (fileMagic != magic || version < oldest || version > newest)
        {
            throw new InvalidDataException("The model file is of another kind or version.");
        }

        var length = header.ReadInt32();
        var compressedLength = header.ReadInt32();
        var compressed = header.ReadBytes(compressedLength);
        var body = new byte[length];
        if (!BrotliDecoder.TryDecompress(compressed, body, out var written) || written != length)
        {
            throw new InvalidDataException("The model file is damaged.");
        }

        using var reader = new BinaryReader(new MemoryStream(body, writable: false));
        return read(reader, version);
    }
}
