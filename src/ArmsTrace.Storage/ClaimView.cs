namespace ArmsTrace.Storage;

/// <summary>Which claims the reading views show.</summary>
public enum ClaimView
{
    /// <summary>The graph as analysts left it: rejected claims hidden, edited claims replaced by their corrections.</summary>
    Reviewed,

    /// <summary>What the extractor produced, judgements ignored.</summary>
    Raw,
}
