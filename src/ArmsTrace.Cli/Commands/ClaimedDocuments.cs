using ArmsTrace.Core.Documents;
using ArmsTrace.Storage.Sharing;

namespace ArmsTrace.Cli.Commands;

/// <summary>
/// The documents this process should extract when others may be ingesting the same input into the
/// same database. A document another process holds is put off, and one already stored as it is
/// skipped; once all the input has been read, the put-off ones are looked at again until each is
/// either stored by its holder or free to take (its holder was killed). The caller releases each
/// document it was given once it is stored.
/// </summary>
/// <param name="read">The input, read and checked as usual.</param>
/// <param name="readAgain">The same input read again quietly, its problems already reported.</param>
internal sealed class ClaimedDocuments(IIngestClaims claims, IEnumerable<SourceDocument> read, Func<IEnumerable<SourceDocument>> readAgain)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    /// <summary>Documents found already stored, by another process or an earlier run, and not extracted again.</summary>
    public int AlreadyStored { get; private set; }

    public IEnumerable<SourceDocument> Read()
    {
        var deferred = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in read)
        {
            if (!claims.TryClaim(document.Metadata.Key))
            {
                deferred.Add(document.Metadata.Key);
            }
            else if (!StoredAlready(document))
            {
                yield return document;
            }
        }

        while (deferred.Count > 0)
        {
            var before = deferred.Count;

            // Read again for the documents' text: holding every put-off document in memory would not scale.
            foreach (var document in readAgain())
            {
                var key = document.Metadata.Key;
                if (!deferred.Contains(key))
                {
                    continue;
                }

                if (claims.TryClaim(key))
                {
                    deferred.Remove(key);
                    if (!StoredAlready(document))
                    {
                        yield return document;
                    }
                }
            }

            if (deferred.Count == before)
            {
                Thread.Sleep(Pause);
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
