using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Training.Learning;

namespace ArmsTrace.Training.Tests.Learning;

public sealed class PerceptronTrainerTests
{
    [Fact]
    public void Freeze_LeaveOut_DropsThoseRowsAndKeepsTheOthersScores()
    {
        var kept = FeatureHash.Text("kept");
        var twin = FeatureHash.Text("twin");
        var trainer = new PerceptronTrainer(2);
        for (var i = 0; i < 10; i++)
        {
            trainer.Tick();
            trainer.Update([kept, twin], truth: 1, guess: 0);
        }

        var full = trainer.Freeze(0.01f);
        var slim = trainer.Freeze(0.01f, new HashSet<ulong> { twin });

        Assert.Equal(2, full.RowCount);
        Assert.Equal(1, slim.RowCount);
        Span<int> fullScores = stackalloc int[2];
        Span<int> slimScores = stackalloc int[2];
        full.Predict([kept], fullScores);
        slim.Predict([kept], slimScores);
        Assert.Equal(fullScores[1] * full.Scale, slimScores[1] * slim.Scale, 3);
        slim.Predict([twin], slimScores);
        Assert.Equal([0, 0], slimScores.ToArray());
    }
}
