using System.Runtime.CompilerServices;

namespace ArmsTrace.Core.Pipeline;

/// <summary>
/// A hash of each layer of a context, so a debug build can tell which layers a stage wrote by
/// comparing the hashes before and after it. Unset tags and heads hash like absent ones, so a
/// stage that only reads the lazily created annotations does not count as writing them.
/// </summary>
internal static class LayerFingerprint
{
    public static int[] Take(AnalysisContext context)
    {
        var hashes = new int[Enum.GetValues<Layer>().Length];
        hashes[(int)Layer.CleanText] = HashCode.Combine(RuntimeHelpers.GetHashCode(context.Clean), context.Published);
        hashes[(int)Layer.Tokens] = Of(context.Tokens);
        hashes[(int)Layer.Sentences] = Of(context.Sentences);
        hashes[(int)Layer.Mentions] = Of(context.Mentions);
        hashes[(int)Layer.Claims] = Of(context.Claims);
        var entities = new HashCode();
        foreach (var e in context.Entities)
        {
            entities.Add(e);
            entities.Add(Of(e.Mentions));
        }

        hashes[(int)Layer.Entities] = entities.ToHashCode();
        if (context.HasAnnotations)
        {
            var a = context.Annotations;
            hashes[(int)Layer.PartsOfSpeech] = HashCode.Combine(Of(a.Upos), Of(a.Xpos), Of(a.Lemma));
            var heads = new HashCode();
            for (var t = 0; t < a.Head.Length; t++)
            {
                if (a.Head[t] != -1 || a.Deprel[t] is not null)
                {
                    heads.Add(t);
                    heads.Add(a.Head[t]);
                    heads.Add(a.Deprel[t]);
                }
            }

            hashes[(int)Layer.Dependencies] = heads.ToHashCode();
        }
        else
        {
            hashes[(int)Layer.PartsOfSpeech] = Of(Array.Empty<string>());
            hashes[(int)Layer.Dependencies] = new HashCode().ToHashCode();
        }

        return hashes;
    }

    private static int Of<T>(List<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    private static int Of(string[] tags)
    {
        var hash = new HashCode();
        for (var t = 0; t < tags.Length; t++)
        {
            if (tags[t] is not null)
            {
                hash.Add(t);
                hash.Add(tags[t]);
            }
        }

        return hash.ToHashCode();
    }
}
