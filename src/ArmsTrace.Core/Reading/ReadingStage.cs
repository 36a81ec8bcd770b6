using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Time;

namespace ArmsTrace.Core.Reading;

/// <summary>Makes the clean view of the text and parses the publication date.</summary>
public sealed class ReadingStage : IPipelineStage
{
    private readonly BoilerplateRules _rules;

    public ReadingStage(BoilerplateRules? rules = null) => _rules = rules ?? BoilerplateRules.Default;

    public string Name => "reading";

    public IReadOnlyList<Layer> Needs { get; } = [];

    public IReadOnlyList<Layer> Adds => [];

    /// <summary>The context starts with the text as given; reading makes it the clean view.</summary>
    public IReadOnlyList<Layer> Amends { get; } = [Layer.CleanText];

    public void Run(AnalysisContext context)
    {
        context.Clean = CleanTextBuilder.Build(context.Document.Text, _rules);
        var published = context.Document.Metadata.Published;
        context.Published = PartialDate.Parse(published);
        if (published is not null && context.Published is null)
        {
            context.Warnings.Add($"publication date '{published}' is not YYYY, YYYY-MM or YYYY-MM-DD; times stay unresolved");
        }
    }
}
