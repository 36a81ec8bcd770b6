namespace ArmsTrace.Cli.Tests.Ingest;

/// <summary>
/// The kill tests time their kills against an uninterrupted run, so the SQLite and PostgreSQL
/// classes take turns instead of each slowing the other's children down.
/// </summary>
[CollectionDefinition(Name)]
public sealed class IngestKillCollection
{
    public const string Name = "Ingest kills";
}
