using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Rows;

/// <summary>One edge's claims of one stance, counted; settable for the same reason as <see cref="StoredClaimRow"/>.</summary>
internal sealed class EdgeTallyRow
{
    public string SubjectKey { get; set; } = string.Empty;

    public string TargetKey { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Stance { get; set; } = string.Empty;

    public long Claims { get; set; }

    public EdgeTally ToRecord() => new(SubjectKey, TargetKey, Type, Stance, Claims);
}
