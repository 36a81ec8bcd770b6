namespace ArmsTrace.Storage.Origins;

/// <summary>A stored document sharing a MinHash band with the one being ingested.</summary>
internal sealed class OriginCandidateRow
{
    public long Id { get; set; }

    public string Origin { get; set; } = string.Empty;

    public byte[] Signature { get; set; } = [];
}
