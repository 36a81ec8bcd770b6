using System.Reflection;
using ArmsTrace.Core.Nlp;
using ArmsTrace.Training.Learning;

namespace ArmsTrace.Training.Tests;

/// <summary>Training code stays out of what extraction loads: Core never references Training, and Training needs nothing but Core.</summary>
public sealed class LayerTests
{
    [Fact]
    public void Core_DoesNotReferenceTraining()
    {
        Assert.DoesNotContain("ArmsTrace.Training", References(typeof(NlpModels).Assembly));
    }

    [Fact]
    public void Training_ReferencesOnlyCoreOfTheProject()
    {
        Assert.Equal(["ArmsTrace.Core"], References(typeof(PerceptronTrainer).Assembly).Where(n => n.StartsWith("ArmsTrace", StringComparison.Ordinal)));
    }

    private static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");
}
