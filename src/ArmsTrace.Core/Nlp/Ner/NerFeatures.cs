using ArmsTrace.Core.Nlp.Features;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>
/// Templates of the entity recogniser: spelling, neighbouring words, shapes and tags, how often
/// the word is capitalised in running text (<c>caps</c>), name-list matches, the word's relation
/// and head in the dependency tree, and its word classes. They never mention labels: label
/// sequences are scored by transition weights in <see cref="NerDecoder"/>, so one feature vector
/// per word serves every path. The second pass adds the first pass's labels of the word and its
/// neighbours and how the first pass labelled the word elsewhere in the document.
/// </summary>
internal static class NerFeatures
{
    public const int Max = 96;

    /// <summary>Room for a training document's features with their corpus twins (<see cref="NerDocument.Domain"/>).</summary>
    public const int MaxTraining = 2 * Max;

    private static readonly ulong Before = FeatureHash.Text("<s>");
    private static readonly ulong After = FeatureHash.Text("</s>");
    private static readonly ulong NoHead = FeatureHash.Text("<root>");

    /// <summary>Features of word <paramref name="i"/> of the sentence running from <paramref name="start"/> to <paramref name="end"/> (document indexes).</summary>
    public static int Extract(NerDocument d, int start, int end, int i, bool stacked, Span<ulong> f)
    {
        var k = Base(d, start, end, i, f);
        if (stacked)
        {
            k += Stacked(d, start, end, i, f[k..]);
        }

        if (d.Domain != 0)
        {
            var shared = k;
            for (var j = 0; j < shared; j++)
            {
                f[k++] = FeatureHash.Mix(f[j] ^ d.Domain);
            }
        }

        return k;
    }

    /// <summary>The templates both passes read (1 to 89): the words, their tags, trees, name lists and classes.</summary>
    public static int Base(NerDocument d, int start, int end, int i, Span<ulong> f)
    {
        var a = d.Atoms;
        ref readonly var w = ref a[i];
        var lowerM1 = i > start ? a[i - 1].Lower : Before;
        var lowerM2 = i - 1 > start ? a[i - 2].Lower : Before;
        var lowerP1 = i + 1 < end ? a[i + 1].Lower : After;
        var lowerP2 = i + 2 < end ? a[i + 2].Lower : After;
        var shapeM1 = i > start ? a[i - 1].ShortShape : Before;
        var shapeP1 = i + 1 < end ? a[i + 1].ShortShape : After;
        var caps = d.Caps[i];
        var capsM1 = i > start ? d.Caps[i - 1] : Before;
        var capsP1 = i + 1 < end ? d.Caps[i + 1] : After;
        var pos = d.Xpos[i];
        var posM1 = i > start ? d.Xpos[i - 1] : Before;
        var posP1 = i + 1 < end ? d.Xpos[i + 1] : After;
        var names = d.Names[i];
        var namesM1 = i > start ? d.Names[i - 1] : Before;
        var namesP1 = i + 1 < end ? d.Names[i + 1] : After;
        var known = d.Knowledge[i];
        var initial = FeatureHash.Of(i == start ? 1 : 0);
        var k = 0;
        f[k++] = FeatureHash.F(1, 0);
        f[k++] = FeatureHash.F(2, w.Word);
        f[k++] = FeatureHash.F(3, w.Lower);
        f[k++] = FeatureHash.F(4, w.Suffix1);
        f[k++] = FeatureHash.F(5, w.Suffix2);
        f[k++] = FeatureHash.F(6, w.Suffix3);
        f[k++] = FeatureHash.F(7, w.Suffix4);
        f[k++] = FeatureHash.F(8, w.Prefix1);
        f[k++] = FeatureHash.F(9, w.Prefix2);
        f[k++] = FeatureHash.F(10, w.Prefix3);
        f[k++] = FeatureHash.F(11, w.Shape);
        f[k++] = FeatureHash.F(12, w.ShortShape);
        f[k++] = FeatureHash.F(13, w.Flags);
        f[k++] = FeatureHash.F(14, lowerM1);
        f[k++] = FeatureHash.F(15, lowerM2);
        f[k++] = FeatureHash.F(16, lowerP1);
        f[k++] = FeatureHash.F(17, lowerP2);
        f[k++] = FeatureHash.F(18, shapeM1);
        f[k++] = FeatureHash.F(19, shapeP1);
        f[k++] = FeatureHash.F(20, shapeM1, w.ShortShape, shapeP1);
        f[k++] = FeatureHash.F(21, caps);
        f[k++] = FeatureHash.F(22, capsP1);
        f[k++] = FeatureHash.F(23, capsM1);
        f[k++] = FeatureHash.F(24, lowerM1, w.Lower);
        f[k++] = FeatureHash.F(25, w.Lower, lowerP1);
        f[k++] = FeatureHash.F(26, w.ShortShape, initial);
        f[k++] = FeatureHash.F(27, caps, w.ShortShape, initial);
        f[k++] = FeatureHash.F(28, i > start ? a[i - 1].Suffix3 : Before);
        f[k++] = FeatureHash.F(29, i + 1 < end ? a[i + 1].Suffix3 : After);
        f[k++] = FeatureHash.F(36, lowerM1, w.ShortShape);
        f[k++] = FeatureHash.F(37, w.ShortShape, lowerP1);
        f[k++] = FeatureHash.F(38, capsM1, caps, capsP1);
        f[k++] = FeatureHash.F(40, pos);
        f[k++] = FeatureHash.F(41, posM1, pos);
        f[k++] = FeatureHash.F(42, pos, posP1);
        f[k++] = FeatureHash.F(43, pos, w.ShortShape);
        f[k++] = FeatureHash.F(44, pos, caps);
        f[k++] = FeatureHash.F(46, posM1, pos, posP1);

        // Names annotated in training and names from the knowledge base and geography tables are
        // matched apart: the model learns to trust each list as far as it deserves.
        f[k++] = FeatureHash.F(50, names);
        f[k++] = FeatureHash.F(51, names, w.ShortShape);
        f[k++] = FeatureHash.F(52, namesM1, names);
        f[k++] = FeatureHash.F(53, names, namesP1);
        f[k++] = FeatureHash.F(55, names, caps);
        f[k++] = FeatureHash.F(56, known);
        f[k++] = FeatureHash.F(57, known, w.ShortShape);
        f[k++] = FeatureHash.F(58, known, caps);
        f[k++] = FeatureHash.F(59, i > start ? d.Knowledge[i - 1] : Before, known);

        // A given name is a name only in the right company (capitalised, before a surname), so the
        // list is read with the shape and capitalisation. Only matches fire: most words match no
        // given name, and a model trained without the list keeps its weights.
        var given = d.Given[i];
        if (given != Gazetteer.NoMatch)
        {
            f[k++] = FeatureHash.F(60, given);
            f[k++] = FeatureHash.F(61, given, w.ShortShape);
            f[k++] = FeatureHash.F(63, given, caps);
        }

        if (i > start && d.Given[i - 1] != Gazetteer.NoMatch)
        {
            f[k++] = FeatureHash.F(62, d.Given[i - 1], w.ShortShape);
        }

        // The relation and head tell what a name does in the sentence ("the nsubj of said") and
        // what kind of phrase it heads ("Chicago" in a compound under "Orchestra").
        var h = d.Head[i];
        var rel = d.Deprel[i];
        var headLower = h < 0 ? NoHead : a[h].Lower;
        var headRel = h < 0 ? NoHead : d.Deprel[h];
        var grandHead = h < 0 ? -1 : d.Head[h];
        f[k++] = FeatureHash.F(70, rel);
        f[k++] = FeatureHash.F(71, rel, headLower);
        f[k++] = FeatureHash.F(72, headLower);
        f[k++] = FeatureHash.F(73, rel, headRel);
        f[k++] = FeatureHash.F(74, rel, w.ShortShape);
        f[k++] = FeatureHash.F(75, rel, h < 0 ? NoHead : d.Xpos[h]);
        f[k++] = FeatureHash.F(76, headRel, grandHead < 0 ? NoHead : a[grandHead].Lower);

        for (var c = 0; c < WordClusters.Levels; c++)
        {
            f[k++] = FeatureHash.F(80 + c, d.Cluster[(WordClusters.Levels * i) + c]);
            f[k++] = FeatureHash.F(83 + c, i > start ? d.Cluster[(WordClusters.Levels * (i - 1)) + c] : Before);
            f[k++] = FeatureHash.F(86 + c, i + 1 < end ? d.Cluster[(WordClusters.Levels * (i + 1)) + c] : After);
        }

        f[k++] = FeatureHash.F(89, d.Cluster[(WordClusters.Levels * i) + 1], w.ShortShape);
        return k;
    }

    /// <summary>The second pass's own templates (100 to 109): the first pass's labels around the word and at its head, and its votes.</summary>
    public static int Stacked(NerDocument d, int start, int end, int i, Span<ulong> f)
    {
        ref readonly var w = ref d.Atoms[i];
        var h = d.Head[i];
        var rel = d.Deprel[i];
        var k = 0;
        var l0 = FeatureHash.Of(d.First[i]);
        var lM1 = i > start ? FeatureHash.Of(d.First[i - 1]) : Before;
        var lP1 = i + 1 < end ? FeatureHash.Of(d.First[i + 1]) : After;
        f[k++] = FeatureHash.F(100, l0);
        f[k++] = FeatureHash.F(101, lM1);
        f[k++] = FeatureHash.F(102, lP1);
        f[k++] = FeatureHash.F(103, lM1, l0, lP1);
        f[k++] = FeatureHash.F(104, d.Vote[i]);
        f[k++] = FeatureHash.F(105, d.Vote[i], l0);
        f[k++] = FeatureHash.F(106, d.Vote[i], w.ShortShape);
        f[k++] = FeatureHash.F(107, l0, w.Lower);

        // The first pass's label of the word's head: "Ray 's" under a "pizza" the first pass
        // put inside a name reads differently from one under a verb.
        var headLabel = h < 0 ? NoHead : FeatureHash.Of(d.First[h]);
        f[k++] = FeatureHash.F(108, headLabel, rel);
        f[k++] = FeatureHash.F(109, headLabel, l0);

        return k;
    }

    /// <summary>Feature whose weights score label pairs: the row of a previous label holds the score of each next label.</summary>
    public static ulong Transition(int previous) => FeatureHash.F(120, FeatureHash.Of(previous));
}
