namespace ArmsTrace.Training.Parsing;

/// <summary>
/// Makes a tree projective by lifting crossing arcs to the grandparent, shortest arc first, so the
/// arc-hybrid oracle (which is exact only for projective trees) can train on every sentence.
/// </summary>
internal static class Projectivizer
{
    /// <param name="heads">Heads with the root as -1; a new array is returned.</param>
    public static int[] Lift(ReadOnlySpan<int> heads)
    {
        var h = heads.ToArray();
        for (var guard = 0; guard < h.Length * 4; guard++)
        {
            var worst = -1;
            var worstLength = int.MaxValue;
            for (var d = 0; d < h.Length; d++)
            {
                if (h[d] < 0)
                {
                    continue;
                }

                var length = Math.Abs(h[d] - d);
                if (length < worstLength && !IsProjectiveArc(h, h[d], d))
                {
                    worst = d;
                    worstLength = length;
                }
            }

            if (worst < 0)
            {
                break;
            }

            h[worst] = h[h[worst]];
        }

        return h;
    }

    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (var d = 0; d < heads.Length; d++)
        {
            if (heads[d] >= 0 && !IsProjectiveArc(heads, heads[d], d))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsProjectiveArc(ReadOnlySpan<int> heads, int head, int dep)
    {
        var lo = Math.Min(head, dep);
        var hi = Math.Max(head, dep);
        for (var k = lo + 1; k < hi; k++)
        {
            var a = k;
            var steps = 0;
            while (a >= 0 && a != head && steps++ <= heads.Length)
            {
                a = heads[a];
            }

            if (a != head)
            {
                return false;
            }
        }

        return true;
    }
}
