using ArmsTrace.Training.Ner;

namespace ArmsTrace.Training.Tests.Ner;

public sealed class EntitySpansTests
{
    [Fact]
    public void FromBio_IobSequences_GiveExactSpans()
    {
        var spans = EntitySpans.FromBio(["B-ORG", "I-ORG", "O", "B-LOC", "B-LOC", "I-PER"]);
        Assert.Equal([(0, 2, "ORG"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "PER")], spans);
    }
}
