using System.Diagnostics.CodeAnalysis;

namespace ArmsTrace.Cli.Tests.Ingest;

/// <summary>Row counts of a store's tables, every version included, so a leftover row of any kind shows.</summary>
[SuppressMessage("Performance", "CA1812:Avoid uninstantiated internal classes", Justification = "Dapper builds it from the counts query.")]
internal sealed record StoreCounts(long Documents, long CurrentDocuments, long Mentions, long Claims, long Entities);
