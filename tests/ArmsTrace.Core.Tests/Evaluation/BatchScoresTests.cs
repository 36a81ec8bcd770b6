using ArmsTrace.Core.Evaluation;

namespace ArmsTrace.Core.Tests.Evaluation;

public sealed class BatchScoresTests
{
    [Theory]
    [InlineData("d4-07.txt", "d4")]
    [InlineData("eval-dev/d1-12.txt", "d1")]
    [InlineData("002_4ed8cf4aa936dee3.txt", null)]
    public void BatchOf_FileName_IsThePrefixBeforeTheFirstDash(string key, string? batch) => Assert.Equal(batch, BatchScores.BatchOf(key));

    [Fact]
    public void Of_TwoBatches_SumsEachInOrder()
    {
        DocumentScore[] scores =
        [
            new("d1-01.txt", 2, 4, 1, 0, 0, 0, 0, 0, 0),
            new("d2-01.txt", 1, 5, 0, 0, 0, 0, 0, 0, 0),
            new("d1-02.txt", 3, 4, 1, 0, 0, 0, 0, 0, 0),
        ];
        var batches = BatchScores.Of(scores);
        Assert.Equal(["batch d1", "batch d2"], batches.Select(b => b.Document));
        Assert.Equal((5, 8, 2), (batches[0].Found, batches[0].Required, batches[0].FalsePositives));
    }

    [Fact]
    public void Of_OneBatchOnly_GivesNoRows() =>
        Assert.Empty(BatchScores.Of([new DocumentScore("d1-01.txt", 1, 1, 0, 0, 0, 0, 0, 0, 0)]));
}
