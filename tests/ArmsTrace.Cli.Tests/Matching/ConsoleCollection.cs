namespace ArmsTrace.Cli.Tests.Matching;

/// <summary>Tests that run whole commands and read what they print swap Console.Out, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
