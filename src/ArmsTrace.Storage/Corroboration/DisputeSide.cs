namespace ArmsTrace.Storage.Corroboration;

/// <param name="Label">"affirmed" or "denied" for a stance dispute, the figure or date each side gives otherwise.</param>
public sealed record DisputeSide(string Label, IReadOnlyList<FactStep> Claims);
