namespace ArmsTrace.Storage.Review;

/// <summary>One scored claim of the review queue, before its claim is read.</summary>
internal sealed class QueueRow
{
    public long Id { get; set; }

    public double Confidence { get; set; }

    public long Documents { get; set; }

    public long Disputed { get; set; }

    public long NewEntity { get; set; }

    public long Degree { get; set; }

    public double Worth { get; set; }
}
