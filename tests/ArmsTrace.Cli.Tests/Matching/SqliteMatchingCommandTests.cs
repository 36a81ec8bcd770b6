namespace ArmsTrace.Cli.Tests.Matching;

[Collection(ConsoleCollection.Name)]
public sealed class SqliteMatchingCommandTests : MatchingCommandTests
{
    protected override string Db => Folder.PathOf("graph.db");
}
