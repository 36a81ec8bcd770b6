using ArmsTrace.Core.Nlp.Features;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>
/// Templates of the entity recogniser: spelling, neighbouring words and shapes, how often the word
/// is capitalised in running text (<c>caps</c>), name-list matches (<c>gaz</c>), and the two
/// previous tags.
/// </summary>
internal static class NerFeatures
{
    public const int Max = 64;

    private static readonly ulong Before = FeatureHash.Text("<s>");
    private static readonly ulong After = FeatureHash.Text("</s>");

    /// <param name="pos">Hashed part-of-speech tags of the words, or empty when the model uses none.</param>
    public static int Extract(ReadOnlySpan<WordAtoms> a, ReadOnlySpan<ulong> caps, ReadOnlySpan<ulong> pos, ReadOnlySpan<ulong> gaz, int i, int prev, int prev2, Span<ulong> f)
    {
        ref readonly var w = ref a[i];
        var n = a.Length;
        var lowerM1 = i > 0 ? a[i - 1].Lower : Before;
        var lowerM2 = i > 1 ? a[i - 2].Lower : Before;
        var lowerP1 = i + 1 < n ? a[i + 1].Lower : After;
        var lowerP2 = i + 2 < n ? a[i + 2].Lower : After;
        var shapeM1 = i > 0 ? a[i - 1].ShortShape : Before;
        var shapeP1 = i + 1 < n ? a[i + 1].ShortShape : After;
        var capsM1 = i > 0 ? caps[i - 1] : Before;
        var capsP1 = i + 1 < n ? caps[i + 1] : After;
        var t1 = FeatureHash.Of(prev);
        var t2 = FeatureHash.Of(prev2);
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
        f[k++] = FeatureHash.F(21, caps[i]);
        f[k++] = FeatureHash.F(22, capsP1);
        f[k++] = FeatureHash.F(23, capsM1);
        f[k++] = FeatureHash.F(24, lowerM1, w.Lower);
        f[k++] = FeatureHash.F(25, w.Lower, lowerP1);
        f[k++] = FeatureHash.F(26, w.ShortShape, FeatureHash.Of(i == 0 ? 1 : 0));
        f[k++] = FeatureHash.F(27, caps[i], w.ShortShape, FeatureHash.Of(i == 0 ? 1 : 0));
        f[k++] = FeatureHash.F(28, i > 0 ? a[i - 1].Suffix3 : Before);
        f[k++] = FeatureHash.F(29, i + 1 < n ? a[i + 1].Suffix3 : After);
        f[k++] = FeatureHash.F(30, t1);
        f[k++] = FeatureHash.F(31, t2, t1);
        f[k++] = FeatureHash.F(32, t1, w.Lower);
        f[k++] = FeatureHash.F(33, t1, w.ShortShape);
        f[k++] = FeatureHash.F(34, t1, lowerM1);
        f[k++] = FeatureHash.F(35, t1, caps[i]);
        f[k++] = FeatureHash.F(36, lowerM1, w.ShortShape);
        f[k++] = FeatureHash.F(37, w.ShortShape, lowerP1);
        f[k++] = FeatureHash.F(38, capsM1, caps[i], capsP1);
        f[k++] = FeatureHash.F(39, t1, shapeP1);
        var gazM1 = i > 0 ? gaz[i - 1] : Before;
        var gazP1 = i + 1 < n ? gaz[i + 1] : After;
        f[k++] = FeatureHash.F(50, gaz[i]);
        f[k++] = FeatureHash.F(51, gaz[i], w.ShortShape);
        f[k++] = FeatureHash.F(52, gazM1, gaz[i]);
        f[k++] = FeatureHash.F(53, gaz[i], gazP1);
        f[k++] = FeatureHash.F(54, gaz[i], t1);
        f[k++] = FeatureHash.F(55, gaz[i], caps[i]);
        if (!pos.IsEmpty)
        {
            var pM1 = i > 0 ? pos[i - 1] : Before;
            var pP1 = i + 1 < n ? pos[i + 1] : After;
            f[k++] = FeatureHash.F(40, pos[i]);
            f[k++] = FeatureHash.F(41, pM1, pos[i]);
            f[k++] = FeatureHash.F(42, pos[i], pP1);
            f[k++] = FeatureHash.F(43, pos[i], w.ShortShape);
            f[k++] = FeatureHash.F(44, pos[i], caps[i]);
            f[k++] = FeatureHash.F(45, t1, pos[i]);
            f[k++] = FeatureHash.F(46, pM1, pos[i], pP1);
        }

        return k;
    }
}
