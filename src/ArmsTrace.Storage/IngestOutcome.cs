namespace ArmsTrace.Storage;

public enum IngestOutcome
{
    /// <summary>A document not seen before.</summary>
    Added,

    /// <summary>The same text is already stored: nothing was written.</summary>
    Unchanged,

    /// <summary>A known document key with new text: stored as a new version, the old one kept.</summary>
    NewVersion,

    /// <summary>The same text under the same key with other metadata (title, url, outlet, date): the stored version's metadata was corrected.</summary>
    MetadataUpdated,
}
