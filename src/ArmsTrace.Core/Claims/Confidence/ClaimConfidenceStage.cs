using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Claims.Confidence;

/// <summary>
/// Gives each claim its <see cref="Claim.Confidence"/> once its endpoints are final, so the review
/// queue can put the claims most likely wrong first and say why.
/// </summary>
public sealed class ClaimConfidenceStage(ConfidenceTable table) : IPipelineStage
{
    private readonly ConfidenceTable _table = table ?? throw new ArgumentNullException(nameof(table));

    public string Name => "confidence";

    public IReadOnlyList<Layer> Needs { get; } = [Layer.Claims];

    public IReadOnlyList<Layer> Adds => [];

    public IReadOnlyList<Layer> Amends { get; } = [Layer.Claims];

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < context.Claims.Count; i++)
        {
            context.Claims[i] = context.Claims[i] with { Confidence = _table.Estimate(context.Claims[i]) };
        }
    }
}
