using System.Globalization;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Entities.Recognition;

/// <summary>Groups a document's mentions into entities by key, each entity typed and named by its first mention.</summary>
public sealed class EntityResolverStage : IPipelineStage
{
    public string Name => "resolver";

    public IReadOnlyList<Layer> Needs { get; } = [Layer.Mentions];

    public IReadOnlyList<Layer> Adds { get; } = [Layer.Entities];

    public IReadOnlyList<Layer> Amends => [];

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentions = context.Mentions;
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!byKey.TryGetValue(m.Key, out var index))
            {
                index = context.Entities.Count;
                byKey.Add(m.Key, index);
                var id = "e" + (index + 1).ToString(CultureInfo.InvariantCulture);
                context.Entities.Add(new ResolvedEntity(id, m.Key, m.CanonicalName, m.Type));
            }

            context.Entities[index].Mentions.Add(i);
        }
    }
}
