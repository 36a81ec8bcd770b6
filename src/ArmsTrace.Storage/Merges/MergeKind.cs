namespace ArmsTrace.Storage.Merges;

internal enum MergeKind
{
    /// <summary>Proposed and applied by the matcher, with its score and reasons.</summary>
    Auto,

    /// <summary>Decided by a person.</summary>
    Manual,
}
