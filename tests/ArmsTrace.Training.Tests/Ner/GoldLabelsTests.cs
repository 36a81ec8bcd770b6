using ArmsTrace.Core.Nlp.Ner;
using ArmsTrace.Training.Ner;

namespace ArmsTrace.Training.Tests.Ner;

public sealed class GoldLabelsTests
{
    [Fact]
    public void FromBio_SpansOfOneAndThreeWords_GetUnitAndBeginInsideLast()
    {
        var labels = GoldLabels.FromBio(["B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "B-LOC"]);
        Assert.Equal(BilouPart.Unit, BilouLabels.PartOf(labels[0]));
        Assert.Equal(BilouLabels.Outside, labels[1]);
        Assert.Equal([BilouPart.Begin, BilouPart.Inside, BilouPart.Last], labels[2..5].Select(BilouLabels.PartOf));
        Assert.Equal("ORG", EntityTypes.Types[BilouLabels.TypeOf(labels[3])]);
        Assert.Equal(BilouPart.Unit, BilouLabels.PartOf(labels[5]));
    }

    [Fact]
    public void ToBio_RoundTripsEveryLabelSequence()
    {
        string[] tags = ["B-LOC", "I-LOC", "B-LOC", "O", "B-PER", "I-PER", "I-PER", "O", "B-ORG"];
        var back = GoldLabels.FromBio(tags).Select(l => EntityTypes.Tags[BilouLabels.ToBio(l)]);
        Assert.Equal(tags, back);
    }
}
