using ArmsTrace.Core.Tests.Nlp;
using ArmsTrace.Training.Parsing;

namespace ArmsTrace.Training.Tests.Parsing;

public sealed class ParserTrainerTests
{
    [Fact]
    public void Train_ToyTreebank_LearnsItsTrainingTrees()
    {
        var gold = NlpTestData.SmallTreebank();
        var examples = gold.Select(s => new ParserExample(s, s.Upos, s.Xpos)).ToList();
        var parser = ParserTrainer.Train(examples, null, 10, seed: 7);
        var (uas, las, _) = ParserTrainer.Evaluate(parser, examples);
        Assert.True(uas >= 90, $"UAS {uas}");
        Assert.True(las >= 80, $"LAS {las}");
    }
}
