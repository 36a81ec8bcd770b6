namespace ArmsTrace.Storage;

public enum IngestOutcome
{
    /// <summary>A document not seen before.</summary>
    Added,

    /// <summary>The same text is already stored: nothing was written.</summary>
    Unchanged,

    /// <summary>A known document key with new text: stored as a new version, the old one kept.</summary>
    NewVersion,
}
