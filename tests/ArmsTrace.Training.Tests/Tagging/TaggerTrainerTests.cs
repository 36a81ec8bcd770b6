using ArmsTrace.Core.Tests.Nlp;
using ArmsTrace.Training.Tagging;

namespace ArmsTrace.Training.Tests.Tagging;

public sealed class TaggerTrainerTests
{
    [Fact]
    public void Train_ToyTreebank_LearnsItsTrainingTags()
    {
        var gold = NlpTestData.SmallTreebank();
        var tagger = TaggerTrainer.Train(gold, null, 5, seed: 3);
        var (upos, xpos, _) = TaggerTrainer.Evaluate(tagger, gold);
        Assert.True(upos >= 95, $"UPOS {upos}");
        Assert.True(xpos >= 95, $"XPOS {xpos}");
    }
}
