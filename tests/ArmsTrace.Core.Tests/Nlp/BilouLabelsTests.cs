using ArmsTrace.Core.Nlp.Ner;

namespace ArmsTrace.Core.Tests.Nlp;

public sealed class BilouLabelsTests
{
    [Fact]
    public void CanFollow_InsideOfAName_OnlyContinuesOrEndsTheSameType()
    {
        var beginPer = BilouLabels.Of(0, BilouPart.Begin);
        Assert.True(BilouLabels.CanFollow(beginPer, BilouLabels.Of(0, BilouPart.Last)));
        Assert.False(BilouLabels.CanFollow(beginPer, BilouLabels.Of(1, BilouPart.Last)));
        Assert.False(BilouLabels.CanFollow(beginPer, BilouLabels.Outside));
        Assert.False(BilouLabels.CanFollow(-1, BilouLabels.Of(2, BilouPart.Inside)));
        Assert.False(BilouLabels.CanEnd(beginPer));
    }

    [Fact]
    public void Decode_BestScoresIllegal_GivesTheBestLegalPath()
    {
        // Word 0 prefers Inside-PER, which cannot start a sentence; word 1 prefers Last-PER.
        var count = BilouLabels.Count;
        var emission = new int[2 * count];
        emission[BilouLabels.Of(0, BilouPart.Inside)] = 10;
        emission[BilouLabels.Of(0, BilouPart.Begin)] = 5;
        emission[count + BilouLabels.Of(0, BilouPart.Last)] = 10;
        var labels = new int[2];
        NerDecoder.Decode<int>(emission, new int[(count + 1) * count], 2, new int[2 * count], new byte[2 * count], labels);
        Assert.Equal([BilouLabels.Of(0, BilouPart.Begin), BilouLabels.Of(0, BilouPart.Last)], labels);
    }
}
