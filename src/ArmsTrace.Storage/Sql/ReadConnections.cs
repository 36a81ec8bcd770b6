using System.Data.Common;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// Connections for a reader that serves many threads, one per call from <paramref name="Open"/>, and
/// the pool they come from when it must be closed with the reader (null where there is none to close).
/// </summary>
internal sealed record ReadConnections(Func<DbConnection> Open, IDisposable? Pool);
