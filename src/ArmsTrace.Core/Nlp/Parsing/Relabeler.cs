using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>
/// Second-stage relation labeller. The parser labels an arc the moment it is made, before the
/// head's own head and the dependent's later siblings exist; this model scores every arc of the
/// finished tree with the grandparent and the siblings on both sides in view (what tells
/// nsubj:pass from nsubj or iobj from obj), and its scores are added to the parser's. Feeding it
/// the head's relabelled relation as well overfitted: gold in training, noisy at run time.
/// </summary>
internal sealed class Relabeler
{
    public const int Max = 64;

    private const int MaxChildren = 6;

    private readonly LinearModel _model;

    public Relabeler(LinearModel model) => _model = model;

    public LinearModel Model => _model;

    public int RowCount => _model.RowCount;

    /// <summary>
    /// Relabels every non-root word of the tree in place (heads 0-based, -1 for the root). The
    /// first-stage scores (<paramref name="prior"/>, one row of label scores per word, in real
    /// units) are added to this model's, so the two labellers vote rather than one overruling the other.
    /// </summary>
    /// <param name="order">Room for the words' order, at least one slot per word.</param>
    public void Relabel(ParserAtoms atoms, ReadOnlySpan<int> heads, Span<int> labels, int rootLabel, ReadOnlySpan<float> prior, int[] order)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        var topDown = TopDown(heads, atoms.N, order);
        var classes = _model.Classes;
        Span<ulong> f = stackalloc ulong[Max];
        Span<int> scores = stackalloc int[classes];
        foreach (var d in topDown)
        {
            if (heads[d] < 0)
            {
                labels[d] = rootLabel;
                continue;
            }

            var k = Features(atoms, heads, d, f);
            _model.Predict(f[..k], scores);
            var row = prior.Slice(d * classes, classes);
            var best = -1;
            var bestScore = float.MinValue;
            for (var c = 0; c < classes; c++)
            {
                var score = (scores[c] * _model.Scale) + row[c];
                if (c != rootLabel && score > bestScore)
                {
                    best = c;
                    bestScore = score;
                }
            }

            labels[d] = best;
        }
    }

    /// <summary>Words ordered so every head comes before its dependents (breadth-first from the root).</summary>
    public static ReadOnlySpan<int> TopDown(ReadOnlySpan<int> heads, int n) => TopDown(heads, n, new int[n]);

    /// <summary>Words ordered so every head comes before its dependents, written into <paramref name="order"/>.</summary>
    private static ReadOnlySpan<int> TopDown(ReadOnlySpan<int> heads, int n, int[] order)
    {
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            if (heads[i] < 0)
            {
                order[count++] = i;
            }
        }

        for (var next = 0; next < count; next++)
        {
            var h = order[next];
            for (var i = 0; i < n; i++)
            {
                if (heads[i] == h)
                {
                    order[count++] = i;
                }
            }
        }

        // A malformed tree (a cycle) leaves words unreached; they keep their first-stage label.
        return order.AsSpan(0, count);
    }

    private static ulong Side(int word, int anchor) => FeatureHash.Of(word < anchor ? 1 : 2);

    public static int Features(ParserAtoms a, ReadOnlySpan<int> heads, int d, Span<ulong> f)
    {
        var n = a.N;
        var h = heads[d];
        var g = heads[h];
        var dir = Side(d, h);
        var distance = Math.Abs(h - d);
        var dist = FeatureHash.Of(distance <= 4 ? distance : distance <= 7 ? 5 : 6);
        ulong dw = a.W(d), dp = a.P(d), du = a.U(d), hw = a.W(h), hp = a.P(h), hu = a.U(h);
        var k = 0;
        f[k++] = FeatureHash.F(300, 0);
        f[k++] = FeatureHash.F(301, dw);
        f[k++] = FeatureHash.F(302, dp);
        f[k++] = FeatureHash.F(303, a.S(d), dp);
        f[k++] = FeatureHash.F(304, hw);
        f[k++] = FeatureHash.F(305, hp);
        f[k++] = FeatureHash.F(306, hp, dp, dir);
        f[k++] = FeatureHash.F(307, hw, dp, dir);
        f[k++] = FeatureHash.F(308, hp, dw, dir);
        f[k++] = FeatureHash.F(309, hw, dw);
        f[k++] = FeatureHash.F(310, hp, dp, dist);
        f[k++] = FeatureHash.F(311, hu, du, dir);
        f[k++] = FeatureHash.F(315, a.P(g), hp, dp);
        f[k++] = FeatureHash.F(316, a.W(g), dp);
        f[k++] = FeatureHash.F(317, a.P(d > 0 ? d - 1 : -1), dp, hp);
        f[k++] = FeatureHash.F(318, a.P(d + 1 < n ? d + 1 : -1), dp, hp);
        f[k++] = FeatureHash.F(319, a.W(d > 0 ? d - 1 : -1), dp);
        f[k++] = FeatureHash.F(320, a.W(d + 1 < n ? d + 1 : -1), dp);
        f[k++] = FeatureHash.F(321, a.A(d), dp, hp);
        f[k++] = FeatureHash.F(322, FeatureHash.Of(d == 0 ? 1 : 0), dp, dir);
        f[k++] = FeatureHash.F(323, a.Between(h, d), hp, dp);

        int left = 0, right = 0, children = 0, siblings = 0, siblingsBefore = 0;
        for (var i = 0; i < n; i++)
        {
            if (heads[i] == d)
            {
                if (i < d)
                {
                    left++;
                }
                else
                {
                    right++;
                }

                if (children++ < MaxChildren)
                {
                    var side = Side(i, d);
                    f[k++] = FeatureHash.F(330, a.W(i), dp, side);
                    f[k++] = FeatureHash.F(331, a.P(i), dp, side);
                }
            }
            else if (i != d && heads[i] == h)
            {
                siblingsBefore += i < d ? 1 : 0;
                if (siblings++ < MaxChildren)
                {
                    var side = Side(i, d);
                    f[k++] = FeatureHash.F(332, a.W(i), dp, hp, side);
                    f[k++] = FeatureHash.F(333, a.P(i), dp, side);
                }
            }
        }

        f[k++] = FeatureHash.F(334, FeatureHash.Of(Math.Min(left, 3)), FeatureHash.Of(Math.Min(right, 3)), dp);
        f[k++] = FeatureHash.F(335, FeatureHash.Of(Math.Min(siblingsBefore, 3)), dp, hp, dir);
        return k;
    }
}
