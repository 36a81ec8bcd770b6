namespace ArmsTrace.Core.Tests;

/// <summary>
/// Tests that assert wall-clock limits run in this collection, which xUnit runs alone after the
/// parallel ones, so that their figures are not inflated by neighbours competing for the cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
