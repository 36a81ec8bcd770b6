using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Core.Tests.Nlp;

public sealed class LinearModelTests
{
    private const int Classes = 9;

    [Fact]
    public void Accumulate_RowsShortAndLong_ScoreLikeTheDenseRows()
    {
        var (hashes, dense) = RandomRows(seed: 7, rows: 500);
        var model = Model(hashes, dense);
        var unknown = 0x1234_5678_9ABC_DEF0UL;
        var features = hashes.Where((_, i) => i % 3 == 0).Append(unknown).ToArray();

        var scores = new int[Classes];
        model.Accumulate(features, scores);

        Assert.Equal(Expected(hashes, dense, features), scores);
    }

    [Fact]
    public void WriteThenRead_KeepsEveryRow()
    {
        var (hashes, dense) = RandomRows(seed: 11, rows: 300);
        var model = Model(hashes, dense);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            LinearModelFile.Write(model, writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = LinearModelFile.Read(reader);

        Assert.Equal(model.Rows().Select(r => (r.Key, string.Join(',', r.Weights))), read.Rows().Select(r => (r.Key, string.Join(',', r.Weights))));
        var scores = new int[Classes];
        read.Accumulate(hashes, scores);
        Assert.Equal(Expected(hashes, dense, hashes), scores);
    }

    /// <summary>Rows with none to all classes set, so some fit a slot and some spill.</summary>
    private static (ulong[] Hashes, short[][] Dense) RandomRows(int seed, int rows)
    {
        var random = new Random(seed);
        var hashes = new HashSet<ulong>();
        while (hashes.Count < rows)
        {
            hashes.Add((ulong)random.NextInt64() | (1UL << 40));
        }

        var ordered = hashes.OrderBy(LinearModel.Key).ToArray();
        var dense = ordered.Select((_, i) =>
        {
            var row = new short[Classes];
            foreach (var c in Enumerable.Range(0, Classes).OrderBy(_ => random.Next()).Take(1 + (i % Classes)))
            {
                row[c] = (short)random.Next(-3000, 3000);
            }

            return row;
        }).ToArray();
        return (ordered, dense);
    }

    private static LinearModel Model(ulong[] hashes, short[][] dense) =>
        new(Classes, 1f, [.. hashes.Select(LinearModel.Key)], [.. dense.SelectMany(r => r)]);

    private static int[] Expected(ulong[] hashes, short[][] dense, IEnumerable<ulong> features)
    {
        var expected = new int[Classes];
        foreach (var f in features)
        {
            var i = Array.IndexOf(hashes, f);
            for (var c = 0; i >= 0 && c < Classes; c++)
            {
                expected[c] += dense[i][c];
            }
        }

        return expected;
    }
}
