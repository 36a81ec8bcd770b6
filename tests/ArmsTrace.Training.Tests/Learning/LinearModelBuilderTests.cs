using ArmsTrace.Core.Nlp.Learning;
using ArmsTrace.Training.Learning;

namespace ArmsTrace.Training.Tests.Learning;

public sealed class LinearModelBuilderTests
{
    private const int Classes = 9;

    [Fact]
    public void Sum_OfTwoModels_ScoresLikeBothTogether()
    {
        var random = new Random(3);
        var hashes = Enumerable.Range(0, 200).Select(_ => (ulong)random.NextInt64() | (1UL << 40)).DistinctBy(LinearModel.Key).OrderBy(LinearModel.Key).ToArray();
        short[] weights = [.. hashes.SelectMany(_ => Enumerable.Range(0, Classes).Select(_ => (short)random.Next(-3000, 3000)))];
        var model = new LinearModel(Classes, 1f, [.. hashes.Select(LinearModel.Key)], weights);
        var sum = LinearModelBuilder.Sum([model, model], pruneBelow: 0);
        var one = new int[Classes];
        var both = new int[Classes];
        model.Accumulate(hashes, one);
        sum.Accumulate(hashes, both);

        Assert.Equal(LinearModel.ArgMax(one), LinearModel.ArgMax(both));
        Assert.Equal(model.RowCount, sum.RowCount);
    }
}
