using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Training.Features;

namespace ArmsTrace.Training.Tests.Features;

public sealed class BrownClusteringTests
{
    private static readonly string[][] Corpus =
    [
        ["the", "drone", "hit", "kyiv", "."],
        ["a", "missile", "hit", "odesa", "."],
        ["the", "missile", "struck", "kyiv", "."],
        ["a", "drone", "struck", "odesa", "."],
        ["the", "drone", "hit", "odesa", "."],
        ["a", "missile", "struck", "kyiv", "."],
    ];

    [Fact]
    public void Learn_WordsInTheSameContexts_ShareTheirFinestClass()
    {
        var clusters = BrownClustering.Learn(Corpus, window: 5, minCount: 2, prefixLengths: [1, 2, 8]);
        Assert.Equal(Finest(clusters, "drone"), Finest(clusters, "missile"));
        Assert.Equal(Finest(clusters, "kyiv"), Finest(clusters, "odesa"));
        Assert.NotEqual(Finest(clusters, "drone"), Finest(clusters, "kyiv"));
    }

    [Fact]
    public void Learn_SameText_GivesTheSameClassesAfterARoundTrip()
    {
        var a = BrownClustering.Learn(Corpus, window: 3, minCount: 1, prefixLengths: [1, 2, 8]);
        var b = BrownClustering.Learn(Corpus, window: 3, minCount: 1, prefixLengths: [1, 2, 8]);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            a.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = WordClusters.Read(reader);
        foreach (var word in Corpus.SelectMany(s => s).Distinct())
        {
            Assert.Equal(Finest(a, word), Finest(b, word));
            Assert.Equal(Finest(a, word), Finest(read, word));
        }
    }

    private static ulong Finest(WordClusters clusters, string word)
    {
        Span<ulong> atoms = stackalloc ulong[WordClusters.Levels];
        clusters.Fill(FeatureHash.Lower(word), atoms);
        return atoms[WordClusters.Levels - 1];
    }
}
