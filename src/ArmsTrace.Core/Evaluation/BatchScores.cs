namespace ArmsTrace.Core.Evaluation;

/// <summary>
/// Groups document scores into batches named by the file name's prefix before the first '-'
/// ("d4-07.txt" is in batch "d4"), so a development set's kinds of article are scored apart.
/// </summary>
public static class BatchScores
{
    /// <summary>The batch a document key belongs to, or null when its name has no prefix.</summary>
    public static string? BatchOf(string documentKey)
    {
        ArgumentNullException.ThrowIfNull(documentKey);
        var name = Path.GetFileNameWithoutExtension(documentKey.Replace('\\', '/').Split('/')[^1]);
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? name[..dash] : null;
    }

    /// <summary>One summed score per batch, in order of first appearance; empty unless there are two batches or more.</summary>
    public static IReadOnlyList<DocumentScore> Of(IEnumerable<DocumentScore> scores)
    {
        var batches = scores
            .Select(s => (Batch: BatchOf(s.Document), Score: s))
            .Where(p => p.Batch is not null)
            .GroupBy(p => p.Batch!, StringComparer.Ordinal)
            .Select(g => DocumentScore.Sum("batch " + g.Key, g.Select(p => p.Score)))
            .ToList();
        return batches.Count >= 2 ? batches : [];
    }
}
