using ArmsTrace.Core.Documents;
using ArmsTrace.Storage.Sharing;

namespace ArmsTrace.Cli.Commands;

/// <summary>
/// The documents this process should extract when others may be ingesting the same input into the
/// same database, in passes. A document another process holds is put off, and one already stored as
/// it is skipped; once all the input has been read, later passes look at the put-off ones again until
/// each is either stored by its holder or free to take (its holder was killed). The caller stores and
/// releases every document of a pass before asking for the next, so that no two processes wait on
/// each other while each holds documents the other is waiting for.
/// </summary>
/// <param name="read">The input, read and checked as usual.</param>
/// <param name="readAgain">The same input read again quietly, its problems already reported.</param>
internal sealed class ClaimedDocuments(IIngestClaims claims, IEnumerable<SourceDocument> read, Func<IEnumerable<SourceDocument>> readAgain)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    private readonly HashSet<string> _deferred = new(StringComparer.Ordinal);

    /// <summary>Documents found already stored, by another process or an earlier run, and not extracted again.</summary>
    public int AlreadyStored { get; private set; }

    /// <summary>The first pass reads all the input; each later one the put-off documents, after a pause when the pass before took none.</summary>
    public IEnumerable<IEnumerable<SourceDocument>> Passes()
    {
        yield return First();
        while (_deferred.Count > 0)
        {
            var before = _deferred.Count;
            yield return Again();
            if (_deferred.Count == before)
            {
                Thread.Sleep(Pause);
            }
        }
    }

    private IEnumerable<SourceDocument> First()
    {
        foreach (var document in read)
        {
            if (!claims.TryClaim(document.Metadata.Key))
            {
                _deferred.Add(document.Metadata.Key);
            }
            else if (!StoredAlready(document))
            {
                yield return document;
            }
        }
    }

    /// <summary>Reads the input again for the documents' text: holding every put-off document in memory would not scale.</summary>
    private IEnumerable<SourceDocument> Again()
    {
        foreach (var document in readAgain())
        {
            var key = document.Metadata.Key;
            if (_deferred.Contains(key) && claims.TryClaim(key))
            {
                _deferred.Remove(key);
                if (!StoredAlready(document))
                {
                    yield return document;
                }
            }
        }
    }

    /// <summary>Asked only once the document is claimed, so its holder cannot be halfway through storing it.</summary>
    private bool StoredAlready(SourceDocument document)
    {
        if (!claims.IsStored(document))
        {
            return false;
        }

        claims.Release(document.Metadata.Key);
        AlreadyStored++;
        return true;
    }
}
