using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Core.Tests.Nlp;

public sealed class StackedModelsTests
{
    [Fact]
    public void AccumulateAll_ModelsSharingSomeRows_SumsEachModelAsItself()
    {
        var random = new Random(3);
        var hashes = Enumerable.Range(0, 3000).Select(_ => (ulong)random.NextInt64() | (1UL << 50)).DistinctBy(LinearModel.Key).ToArray();
        int[] classes = [5, 40, 2];

        // Each model knows a different two thirds of the features, with rows of one to all of its classes.
        var models = classes.Select((count, m) => Model(random, count, hashes.Where((_, i) => i % 3 != m).ToArray())).ToArray();
        var stacked = new StackedModels(models);
        var features = hashes.Where((_, i) => i % 7 == 0).Append(0x0123_4567_89AB_CDEFUL).ToArray();

        var all = new int[stacked.Classes];
        stacked.AccumulateAll(features, all);

        Assert.Equal(classes.Sum(), stacked.Classes);
        for (var m = 0; m < models.Length; m++)
        {
            var own = new int[classes[m]];
            models[m].Accumulate(features, own);
            Assert.Equal(own, all.AsSpan(stacked.FirstClass(m), classes[m]).ToArray());
        }
    }

    private static LinearModel Model(Random random, int classes, ulong[] hashes)
    {
        var ordered = hashes.OrderBy(LinearModel.Key).ToArray();
        var weights = new short[ordered.Length * classes];
        for (var r = 0; r < ordered.Length; r++)
        {
            foreach (var c in Enumerable.Range(0, classes).OrderBy(_ => random.Next()).Take(1 + (r % classes)))
            {
                weights[(r * classes) + c] = (short)random.Next(-3000, 3000);
            }
        }

        return new LinearModel(classes, 0.01f, [.. ordered.Select(LinearModel.Key)], weights);
    }
}
