using ArmsTrace.Training.Parsing;

namespace ArmsTrace.Training.Tests.Parsing;

public sealed class ProjectivizerTests
{
    [Fact]
    public void Projectivizer_CrossingArc_IsLiftedToGrandparent()
    {
        int[] heads = [1, -1, 3, 1, 2];
        Assert.False(Projectivizer.IsProjective(heads));
        var lifted = Projectivizer.Lift(heads);
        Assert.True(Projectivizer.IsProjective(lifted));
    }
}
