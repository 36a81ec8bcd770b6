namespace ArmsTrace.Cli.Tests.Ingest;

/// <summary>Row counts of a store's tables, every version included, so a leftover row of any kind shows.</summary>
internal sealed record StoreCounts(long Documents, long CurrentDocuments, long Mentions, long Claims, long Entities);
