using ArmsTrace.Core.Nlp.Features;

namespace ArmsTrace.Core.Tests.Nlp;

public sealed class WordClustersTests
{
    [Fact]
    public void Fill_UnknownWord_GivesOneClassAtEveryLevel()
    {
        Span<ulong> atoms = stackalloc ulong[WordClusters.Levels];
        WordClusters.Empty.Fill(FeatureHash.Lower("zeppelin"), atoms);
        Assert.Equal(atoms[0], atoms[WordClusters.Levels - 1]);
    }
}
