using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Ner;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Entities;

/// <summary>
/// Gives an entity whose type was only guessed from the shape of its name (an unknown two- or
/// three-word name read as a person, a longer one left untyped) the type the statistical recogniser finds for most of its
/// mentions: "an air base at Wadi Seidna" names a place. Entities with firmer evidence (the
/// knowledge base, a title, a head word such as "Industries") keep their type, and so does a
/// guessed one the recogniser does not name.
/// </summary>
/// <remarks>
/// Only the sentences that mention such an entity are labelled, so documents without one cost
/// nothing; labelling every sentence made the whole pipeline about a fifth slower.
/// </remarks>
internal sealed class EntityTypingStage : IPipelineStage
{
    private static readonly Layer[] NeedsLayers = [Layer.PartsOfSpeech, Layer.Dependencies, Layer.Entities];
    private static readonly Layer[] AddsLayers = [Layer.Entities];

    /// <summary>Our type for each of the recogniser's, by its index in <see cref="EntityTypes.Types"/>.</summary>
    private static readonly EntityType[] Types = [.. EntityTypes.Types.Select(t => t switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Place,
        _ => throw new InvalidOperationException($"No entity type for the recogniser's '{t}'."),
    })];

    [ThreadStatic]
    private static NerDocument? t_document;

    private readonly NerModel? _model;

    /// <param name="model">The recogniser to use; the embedded one when null.</param>
    public EntityTypingStage(NerModel? model = null)
    {
        _model = model;
    }

    public string Name => "entity-typing/1";

    public IReadOnlyList<Layer> Needs => NeedsLayers;

    public IReadOnlyList<Layer> Adds => AddsLayers;

    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guessed = new List<int>();
        for (var e = 0; e < context.Entities.Count; e++)
        {
            if (context.Entities[e].Mentions.TrueForAll(i => context.Mentions[i].TypeGuessed))
            {
                guessed.Add(e);
            }
        }

        if (guessed.Count == 0)
        {
            return;
        }

        // Where each labelled sentence starts in the recogniser's document, by sentence index; -1 for
        // those not labelled, and Wanted for those to label until their start is known.
        const int Wanted = int.MaxValue;
        var starts = new int[context.Sentences.Count];
        Array.Fill(starts, -1);
        foreach (var e in guessed)
        {
            foreach (var i in context.Entities[e].Mentions)
            {
                starts[SentenceOf(context, context.Mentions[i].FirstToken)] = Wanted;
            }
        }

        var document = t_document ??= new NerDocument();
        document.Clear();
        for (var s = 0; s < starts.Length; s++)
        {
            if (starts[s] == Wanted)
            {
                starts[s] = document.Count;
                document.AddSentence(context, context.Sentences[s]);
            }
        }

        (_model ?? NlpModels.Ner).Predict(document);
        Span<int> votes = stackalloc int[Types.Length];
        foreach (var e in guessed)
        {
            var entity = context.Entities[e];
            votes.Clear();
            foreach (var i in entity.Mentions)
            {
                var m = context.Mentions[i];
                var s = SentenceOf(context, m.FirstToken);
                var offset = starts[s] - context.Sentences[s].FirstToken;
                if (TypeOf(document.Labels.AsSpan(offset + m.FirstToken, m.EndToken - m.FirstToken)) is var t and >= 0)
                {
                    votes[t]++;
                }
            }

            var best = Majority(votes);
            if (best < 0 || Types[best] == entity.Type)
            {
                continue;
            }

            context.Entities[e] = entity with { Type = Types[best] };
            foreach (var i in entity.Mentions)
            {
                context.Mentions[i] = context.Mentions[i] with { Type = Types[best], TypeGuessed = false };
            }
        }
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
