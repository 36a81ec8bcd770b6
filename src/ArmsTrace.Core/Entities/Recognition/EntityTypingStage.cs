using ArmsTrace.Core.Nlp.Ner;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Entities.Recognition;

/// <summary>
/// Gives a name whose type was only guessed from the shape of its name (an unknown two- or
/// three-word name read as a person, a longer one left untyped) the type the statistical recogniser finds for most of its
/// mentions: "an air base at Wadi Seidna" names a place. Names with firmer evidence (the
/// knowledge base, a title, a head word such as "Industries") keep their type, and so does a
/// guessed one the recogniser does not name. Runs before mentions are grouped into entities, so
/// each entity is written once with its final type; a name is all the mentions sharing a key.
/// </summary>
/// <remarks>
/// Only the sentences that mention such a name are labelled, so documents without one cost
/// nothing; labelling every sentence made the whole pipeline about a fifth slower.
/// </remarks>
internal sealed class EntityTypingStage : IPipelineStage
{
    private static readonly Layer[] NeedsLayers = [Layer.PartsOfSpeech, Layer.Dependencies, Layer.Mentions];
    private static readonly Layer[] AmendsLayers = [Layer.Mentions];

    /// <summary>Our type for each of the recogniser's, by its index in <see cref="EntityTypes.Types"/>.</summary>
    private static readonly EntityType[] Types = [.. EntityTypes.Types.Select(t => t switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Place,
        _ => throw new InvalidOperationException($"No entity type for the recogniser's '{t}'."),
    })];

    private readonly NerModel _model;

    public EntityTypingStage(NerModel model)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
    }

    public string Name => "entity-typing/1";

    public IReadOnlyList<Layer> Needs => NeedsLayers;

    public IReadOnlyList<Layer> Adds => [];

    public IReadOnlyList<Layer> Amends => AmendsLayers;

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guessed = NamesByKey(context).Where(name => name.TrueForAll(i => context.Mentions[i].TypeGuessed)).ToList();

        if (guessed.Count == 0)
        {
            return;
        }

        // Where each labelled sentence starts in the recogniser's document, by sentence index; -1 for
        // those not labelled, and Wanted for those to label until their start is known.
        const int Wanted = int.MaxValue;
        var starts = new int[context.Sentences.Count];
        Array.Fill(starts, -1);
        foreach (var name in guessed)
        {
            foreach (var i in name)
            {
                starts[SentenceOf(context, context.Mentions[i].FirstToken)] = Wanted;
            }
        }

        var document = context.Scratch.Get<NerDocument>();
        document.Clear();
        for (var s = 0; s < starts.Length; s++)
        {
            if (starts[s] == Wanted)
            {
                starts[s] = document.Count;
                document.AddSentence(context, context.Sentences[s]);
            }
        }

        _model.Predict(document, context.Scratch.Get<NerScratch>());
        Span<int> votes = stackalloc int[Types.Length];
        foreach (var name in guessed)
        {
            votes.Clear();
            foreach (var i in name)
            {
                var m = context.Mentions[i];
                var s = SentenceOf(context, m.FirstToken);
                var offset = starts[s] - context.Sentences[s].FirstToken;
                if (TypeOf(document.Labels.AsSpan(offset + m.FirstToken, m.EndToken - m.FirstToken)) is var t and >= 0)
                {
                    votes[t]++;
                }
            }

            // The entity takes its type from the name's first mention.
            var best = Majority(votes);
            if (best < 0 || Types[best] == context.Mentions[name[0]].Type)
            {
                continue;
            }

            foreach (var i in name)
            {
                context.Mentions[i] = context.Mentions[i] with { Type = Types[best], TypeGuessed = false };
            }
        }
    }

    /// <summary>The indexes of the mentions of each key, keys in order of first mention.</summary>
    private static IEnumerable<List<int>> NamesByKey(AnalysisContext context)
    {
        var names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < context.Mentions.Count; i++)
        {
            var key = context.Mentions[i].Key;
            if (!names.TryGetValue(key, out var name))
            {
                names.Add(key, name = []);
            }

            name.Add(i);
        }

        return names.Values;
    }

    private static int SentenceOf(AnalysisContext context, int token)
    {
        int lo = 0, hi = context.Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (context.Sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The recogniser's type for a mention it labels as one name from its first word, or -1.</summary>
    private static int TypeOf(ReadOnlySpan<int> labels)
    {
        var first = labels[0];
        if (first == BilouLabels.Outside || BilouLabels.PartOf(first) is not (BilouPart.Begin or BilouPart.Unit))
        {
            return -1;
        }

        var type = BilouLabels.TypeOf(first);
        foreach (var label in labels[1..])
        {
            if (label == BilouLabels.Outside || BilouLabels.TypeOf(label) != type || BilouLabels.PartOf(label) is not (BilouPart.Inside or BilouPart.Last))
            {
                return -1;
            }
        }

        return type;
    }

    /// <summary>The type with more than half of the votes cast, or -1.</summary>
    private static int Majority(ReadOnlySpan<int> votes)
    {
        var total = 0;
        foreach (var v in votes)
        {
            total += v;
        }

        for (var t = 0; t < votes.Length; t++)
        {
            if (votes[t] * 2 > total)
            {
                return t;
            }
        }

        return -1;
    }
}
