using ArmsTrace.Core.Nlp.Features;

namespace ArmsTrace.Core.Nlp.Tagging;

/// <summary>
/// Feature templates of the tagger. One function serves training and tagging so the two can never
/// drift apart. <c>amb</c> holds each word's ambiguity class (the set of tags it took in training).
/// </summary>
internal static class TaggerFeatures
{
    public const int Max = 80;

    private static readonly ulong Before1 = FeatureHash.Text("<s>");
    private static readonly ulong Before2 = FeatureHash.Text("<s2>");
    private static readonly ulong After1 = FeatureHash.Text("</s>");
    private static readonly ulong After2 = FeatureHash.Text("</s2>");

    /// <param name="prev">Tag id of word i-1 (-1 before the sentence).</param>
    /// <param name="prev2">Tag id of word i-2.</param>
    /// <param name="coarse">Coarse tag of word i when predicting the fine tag; -1 when predicting the coarse tag.</param>
    /// <param name="context">Tags of the whole sentence from an earlier pass (empty on the first pass): they give the right context a greedy tagger otherwise lacks.</param>
    public static int Extract(ReadOnlySpan<WordAtoms> a, ReadOnlySpan<ulong> amb, int i, int prev, int prev2, int coarse, ReadOnlySpan<int> context, Span<ulong> f)
    {
        var k = Words(a, amb, i, f);
        return k + Tags(a, amb, i, prev, prev2, coarse, context, f[k..]);
    }

    /// <summary>The templates of the words around word i alone (1 to 33), which every pass reads alike.</summary>
    public static int Words(ReadOnlySpan<WordAtoms> a, ReadOnlySpan<ulong> amb, int i, Span<ulong> f)
    {
        ref readonly var w = ref a[i];
        var n = a.Length;
        var lowerM1 = i > 0 ? a[i - 1].Lower : Before1;
        var lowerM2 = i > 1 ? a[i - 2].Lower : i > 0 ? Before1 : Before2;
        var lowerP1 = i + 1 < n ? a[i + 1].Lower : After1;
        var lowerP2 = i + 2 < n ? a[i + 2].Lower : i + 1 < n ? After1 : After2;
        var ambM1 = i > 0 ? amb[i - 1] : Before1;
        var ambP1 = i + 1 < n ? amb[i + 1] : After1;
        var ambP2 = i + 2 < n ? amb[i + 2] : i + 1 < n ? After1 : After2;
        var sufM1 = i > 0 ? a[i - 1].Suffix3 : Before1;
        var sufP1 = i + 1 < n ? a[i + 1].Suffix3 : After1;
        var shapeM1 = i > 0 ? a[i - 1].ShortShape : Before1;
        var shapeP1 = i + 1 < n ? a[i + 1].ShortShape : After1;
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
        f[k++] = FeatureHash.F(11, w.Prefix4);
        f[k++] = FeatureHash.F(12, w.Shape);
        f[k++] = FeatureHash.F(13, w.ShortShape);
        f[k++] = FeatureHash.F(14, w.Flags);
        f[k++] = FeatureHash.F(15, lowerM1);
        f[k++] = FeatureHash.F(16, lowerM2);
        f[k++] = FeatureHash.F(17, lowerP1);
        f[k++] = FeatureHash.F(18, lowerP2);
        f[k++] = FeatureHash.F(19, sufM1);
        f[k++] = FeatureHash.F(20, sufP1);
        f[k++] = FeatureHash.F(21, amb[i]);
        f[k++] = FeatureHash.F(22, ambP1);
        f[k++] = FeatureHash.F(23, ambM1);
        f[k++] = FeatureHash.F(24, ambP2);
        f[k++] = FeatureHash.F(25, lowerM1, w.Lower);
        f[k++] = FeatureHash.F(26, w.Lower, lowerP1);
        f[k++] = FeatureHash.F(27, shapeP1);
        f[k++] = FeatureHash.F(28, shapeM1);
        f[k++] = FeatureHash.F(29, amb[i], ambP1);
        f[k++] = FeatureHash.F(30, lowerP1, lowerP2);
        f[k++] = FeatureHash.F(31, w.ShortShape, FeatureHash.Of(i == 0 ? 1 : 0));
        f[k++] = FeatureHash.F(32, amb[i], w.Suffix3);
        f[k++] = FeatureHash.F(33, ambM1, amb[i], ambP1);
        return k;
    }

    /// <summary>The templates that read tags (40 to 69): the tags this pass gave before word i, and those of earlier passes.</summary>
    public static int Tags(ReadOnlySpan<WordAtoms> a, ReadOnlySpan<ulong> amb, int i, int prev, int prev2, int coarse, ReadOnlySpan<int> context, Span<ulong> f)
    {
        ref readonly var w = ref a[i];
        var n = a.Length;
        var lowerP1 = i + 1 < n ? a[i + 1].Lower : After1;
        var ambP1 = i + 1 < n ? amb[i + 1] : After1;
        var t1 = FeatureHash.Of(prev);
        var t2 = FeatureHash.Of(prev2);
        var k = 0;
        f[k++] = FeatureHash.F(40, t1);
        f[k++] = FeatureHash.F(41, t2, t1);
        f[k++] = FeatureHash.F(42, t1, w.Lower);
        f[k++] = FeatureHash.F(43, t1, ambP1);
        f[k++] = FeatureHash.F(44, t2);
        f[k++] = FeatureHash.F(45, t1, w.Suffix3);
        f[k++] = FeatureHash.F(46, t1, amb[i]);
        f[k++] = FeatureHash.F(47, t1, lowerP1);
        if (coarse >= 0)
        {
            var c = FeatureHash.Of(coarse);
            f[k++] = FeatureHash.F(50, c);
            f[k++] = FeatureHash.F(51, c, w.Suffix2);
            f[k++] = FeatureHash.F(52, c, w.Lower);
            f[k++] = FeatureHash.F(53, c, t1);
            f[k++] = FeatureHash.F(54, c, lowerP1);
            f[k++] = FeatureHash.F(55, c, w.Suffix4);
        }

        if (!context.IsEmpty)
        {
            var cM1 = FeatureHash.Of(i > 0 ? context[i - 1] : -1);
            var c0 = FeatureHash.Of(context[i]);
            var cP1 = FeatureHash.Of(i + 1 < n ? context[i + 1] : -2);
            var cP2 = FeatureHash.Of(i + 2 < n ? context[i + 2] : -2);
            f[k++] = FeatureHash.F(60, cP1);
            f[k++] = FeatureHash.F(61, cP1, cP2);
            f[k++] = FeatureHash.F(62, cM1);
            f[k++] = FeatureHash.F(63, c0);
            f[k++] = FeatureHash.F(64, cM1, cP1);
            f[k++] = FeatureHash.F(65, c0, w.Lower);
            f[k++] = FeatureHash.F(66, cP1, w.Lower);
            f[k++] = FeatureHash.F(67, c0, cP1);
            f[k++] = FeatureHash.F(68, t1, c0, cP1);
            f[k++] = FeatureHash.F(69, c0, w.Suffix3);
        }

        return k;
    }
}
