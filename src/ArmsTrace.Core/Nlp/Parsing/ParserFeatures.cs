using ArmsTrace.Core.Nlp.Features;

namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>
/// Feature templates for transitions (after Zhang and Nivre 2011: words, tags, children, labels,
/// valency and distance around s0, s1, s2, b0, b1, b2) and for relation labels. Shared by training
/// and parsing so the two cannot drift apart.
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 176;

    private static ulong Label(ParseState st, int i) => i < 0 || st.Labels[i] < 0 ? ParserAtoms.None : FeatureHash.Of(1000 + st.Labels[i]);

    private static ulong Distance(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return ParserAtoms.None;
        }

        var d = Math.Abs(b - a);
        return FeatureHash.Of(d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 15 ? 7 : 8);
    }

    private static ulong Count(int i, int[] counts) => i < 0 ? ParserAtoms.None : FeatureHash.Of(Math.Min(counts[i], 4));

    private static ulong Set(int i, ulong[] sets) => i < 0 ? ParserAtoms.None : FeatureHash.Mix(sets[i] + 77);

    private static ulong Wp(ParserAtoms a, int i) => i < 0 ? ParserAtoms.None : FeatureHash.Mix(a.Word[i] ^ (a.Fine[i] * 31));

    public static int Transition(ParseState st, ParserAtoms a, Span<ulong> f)
    {
        var n = st.N;
        var s0 = st.S(0);
        var s1 = st.S(1);
        var s2 = st.S(2);
        var b0 = st.B < n ? st.B : -1;
        var b1 = st.B + 1 < n ? st.B + 1 : -1;
        var b2 = st.B + 2 < n ? st.B + 2 : -1;
        if (s0 == n)
        {
            s0 = -1;
        }

        var s0l1 = s0 >= 0 ? st.Left1[s0] : -1;
        var s0l2 = s0 >= 0 ? st.Left2[s0] : -1;
        var s0r1 = s0 >= 0 ? st.Right1[s0] : -1;
        var s0r2 = s0 >= 0 ? st.Right2[s0] : -1;
        var s1l1 = s1 >= 0 ? st.Left1[s1] : -1;
        var s1r1 = s1 >= 0 ? st.Right1[s1] : -1;
        var b0l1 = b0 >= 0 ? st.Left1[b0] : -1;
        var b0l2 = b0 >= 0 ? st.Left2[b0] : -1;

        ulong s0w = a.W(s0), s0p = a.P(s0), s0u = a.U(s0), s0wp = Wp(a, s0);
        ulong s1w = a.W(s1), s1p = a.P(s1), s1u = a.U(s1), s1wp = Wp(a, s1);
        ulong s2w = a.W(s2), s2p = a.P(s2);
        ulong b0w = a.W(b0), b0p = a.P(b0), b0u = a.U(b0), b0wp = Wp(a, b0);
        ulong b1w = a.W(b1), b1p = a.P(b1), b1wp = Wp(a, b1);
        ulong b2w = a.W(b2), b2p = a.P(b2);
        var d = Distance(s0, b0);
        var d1 = Distance(s1 == n ? -1 : s1, s0);

        var k = 0;
        f[k++] = FeatureHash.F(1, 0);
        f[k++] = FeatureHash.F(2, s0wp);
        f[k++] = FeatureHash.F(3, s0w);
        f[k++] = FeatureHash.F(4, s0p);
        f[k++] = FeatureHash.F(5, b0wp);
        f[k++] = FeatureHash.F(6, b0w);
        f[k++] = FeatureHash.F(7, b0p);
        f[k++] = FeatureHash.F(8, b1wp);
        f[k++] = FeatureHash.F(9, b1w);
        f[k++] = FeatureHash.F(10, b1p);
        f[k++] = FeatureHash.F(11, b2w);
        f[k++] = FeatureHash.F(12, b2p);
        f[k++] = FeatureHash.F(13, s1wp);
        f[k++] = FeatureHash.F(14, s1w);
        f[k++] = FeatureHash.F(15, s1p);
        f[k++] = FeatureHash.F(16, s2p);
        f[k++] = FeatureHash.F(17, s2w);

        f[k++] = FeatureHash.F(20, s0wp, b0wp);
        f[k++] = FeatureHash.F(21, s0wp, b0w);
        f[k++] = FeatureHash.F(22, s0w, b0wp);
        f[k++] = FeatureHash.F(23, s0wp, b0p);
        f[k++] = FeatureHash.F(24, s0p, b0wp);
        f[k++] = FeatureHash.F(25, s0w, b0w);
        f[k++] = FeatureHash.F(26, s0p, b0p);
        f[k++] = FeatureHash.F(27, b0p, b1p);
        f[k++] = FeatureHash.F(28, s1wp, s0wp);
        f[k++] = FeatureHash.F(29, s1w, s0w);
        f[k++] = FeatureHash.F(30, s1p, s0p);
        f[k++] = FeatureHash.F(31, s1wp, s0p);
        f[k++] = FeatureHash.F(32, s1p, s0wp);
        f[k++] = FeatureHash.F(33, s0u, b0u);
        f[k++] = FeatureHash.F(34, s1u, s0u);
        f[k++] = FeatureHash.F(35, b0w, b1w);
        f[k++] = FeatureHash.F(36, s1p, b0p);
        f[k++] = FeatureHash.F(37, s1w, b0w);

        f[k++] = FeatureHash.F(40, b0p, b1p, b2p);
        f[k++] = FeatureHash.F(41, s0p, b0p, b1p);
        f[k++] = FeatureHash.F(42, s1p, s0p, b0p);
        f[k++] = FeatureHash.F(43, s0p, a.P(s0l1), b0p);
        f[k++] = FeatureHash.F(44, s0p, a.P(s0r1), b0p);
        f[k++] = FeatureHash.F(45, s0p, b0p, a.P(b0l1));
        f[k++] = FeatureHash.F(46, s1p, s0p, a.P(s0l1));
        f[k++] = FeatureHash.F(47, s1p, s0p, a.P(s0r1));
        f[k++] = FeatureHash.F(48, s1p, a.P(s1r1), s0p);
        f[k++] = FeatureHash.F(49, s2p, s1p, s0p);
        f[k++] = FeatureHash.F(50, s1p, a.P(s1l1), s0p);
        f[k++] = FeatureHash.F(51, s0w, b0p, b1p);
        f[k++] = FeatureHash.F(52, s0p, b0w, b1p);
        f[k++] = FeatureHash.F(53, s1p, s0p, b0w);

        f[k++] = FeatureHash.F(60, s0w, d);
        f[k++] = FeatureHash.F(61, s0p, d);
        f[k++] = FeatureHash.F(62, b0w, d);
        f[k++] = FeatureHash.F(63, b0p, d);
        f[k++] = FeatureHash.F(64, s0w, b0w, d);
        f[k++] = FeatureHash.F(65, s0p, b0p, d);
        f[k++] = FeatureHash.F(66, s1p, s0p, d1);
        f[k++] = FeatureHash.F(67, s1w, s0w, d1);

        var s0vl = Count(s0, st.LeftCount);
        var s0vr = Count(s0, st.RightCount);
        var b0vl = Count(b0, st.LeftCount);
        f[k++] = FeatureHash.F(70, s0w, s0vr);
        f[k++] = FeatureHash.F(71, s0p, s0vr);
        f[k++] = FeatureHash.F(72, s0w, s0vl);
        f[k++] = FeatureHash.F(73, s0p, s0vl);
        f[k++] = FeatureHash.F(74, b0w, b0vl);
        f[k++] = FeatureHash.F(75, b0p, b0vl);
        f[k++] = FeatureHash.F(76, s1p, Count(s1 == n ? -1 : s1, st.RightCount));

        f[k++] = FeatureHash.F(80, a.W(s0l1));
        f[k++] = FeatureHash.F(81, a.P(s0l1));
        f[k++] = FeatureHash.F(82, Label(st, s0l1));
        f[k++] = FeatureHash.F(83, a.W(s0r1));
        f[k++] = FeatureHash.F(84, a.P(s0r1));
        f[k++] = FeatureHash.F(85, Label(st, s0r1));
        f[k++] = FeatureHash.F(86, a.W(b0l1));
        f[k++] = FeatureHash.F(87, a.P(b0l1));
        f[k++] = FeatureHash.F(88, Label(st, b0l1));
        f[k++] = FeatureHash.F(89, a.P(s1r1), Label(st, s1r1));
        f[k++] = FeatureHash.F(90, s0p, Label(st, s0l1));
        f[k++] = FeatureHash.F(91, s0p, Label(st, s0r1));
        f[k++] = FeatureHash.F(92, b0p, Label(st, b0l1));

        f[k++] = FeatureHash.F(100, a.W(s0l2));
        f[k++] = FeatureHash.F(101, a.P(s0l2));
        f[k++] = FeatureHash.F(102, Label(st, s0l2));
        f[k++] = FeatureHash.F(103, a.W(s0r2));
        f[k++] = FeatureHash.F(104, a.P(s0r2));
        f[k++] = FeatureHash.F(105, Label(st, s0r2));
        f[k++] = FeatureHash.F(106, a.W(b0l2));
        f[k++] = FeatureHash.F(107, a.P(b0l2));
        f[k++] = FeatureHash.F(108, Label(st, b0l2));
        f[k++] = FeatureHash.F(109, s0p, a.P(s0l1), a.P(s0l2));
        f[k++] = FeatureHash.F(110, s0p, a.P(s0r1), a.P(s0r2));
        f[k++] = FeatureHash.F(111, b0p, a.P(b0l1), a.P(b0l2));

        f[k++] = FeatureHash.F(120, s0w, Set(s0, st.LeftLabels));
        f[k++] = FeatureHash.F(121, s0p, Set(s0, st.LeftLabels));
        f[k++] = FeatureHash.F(122, s0w, Set(s0, st.RightLabels));
        f[k++] = FeatureHash.F(123, s0p, Set(s0, st.RightLabels));
        f[k++] = FeatureHash.F(124, b0w, Set(b0, st.LeftLabels));
        f[k++] = FeatureHash.F(125, b0p, Set(b0, st.LeftLabels));
        f[k++] = FeatureHash.F(126, s1p, Set(s1 == n ? -1 : s1, st.RightLabels));
        f[k++] = FeatureHash.F(127, FeatureHash.Of(st.Depth > 3 ? 3 : st.Depth), b0 < 0 ? ParserAtoms.None : ParserAtoms.Root);

        var b3 = st.B + 3 < n ? st.B + 3 : -1;
        var between = a.Between(s0, b0);
        var between1 = s1 == n ? ParserAtoms.None : a.Between(s1, s0);
        f[k++] = FeatureHash.F(130, s0u, b0u, a.U(b1));
        f[k++] = FeatureHash.F(131, s1u, s0u, b0u);
        f[k++] = FeatureHash.F(132, b0u, a.U(b1), a.U(b2));
        f[k++] = FeatureHash.F(133, s2p, s1u, s0u);
        f[k++] = FeatureHash.F(134, s0p, b0p, between);
        f[k++] = FeatureHash.F(135, s1p, s0p, between1);
        f[k++] = FeatureHash.F(136, s0w, b0p, between);
        f[k++] = FeatureHash.F(137, b1p, b2p, a.P(b3));
        f[k++] = FeatureHash.F(138, s0wp, b0p, b1p);
        f[k++] = FeatureHash.F(139, s0p, b0wp, b1p);
        f[k++] = FeatureHash.F(140, a.W(s0l1), b0p);
        f[k++] = FeatureHash.F(141, a.W(s0r1), b0p);
        f[k++] = FeatureHash.F(142, s0p, b0p, d, between);
        var s0a = a.A(s0);
        var b0a = a.A(b0);
        f[k++] = FeatureHash.F(143, s0a);
        f[k++] = FeatureHash.F(144, b0a);
        f[k++] = FeatureHash.F(145, a.A(b1));
        f[k++] = FeatureHash.F(146, s0a, b0a);
        f[k++] = FeatureHash.F(147, s0a, b0p);
        f[k++] = FeatureHash.F(148, s0p, b0a);
        f[k++] = FeatureHash.F(149, a.A(s1), s0p);
        var s0prev = s0 > 0 ? s0 - 1 : -1;
        var s0next = s0 >= 0 && s0 + 1 < n ? s0 + 1 : -1;
        var b0prev = b0 > 0 ? b0 - 1 : -1;
        f[k++] = FeatureHash.F(150, a.P(s0prev), s0p);
        f[k++] = FeatureHash.F(151, s0p, a.P(s0next));
        f[k++] = FeatureHash.F(152, a.P(b0prev), b0p);
        f[k++] = FeatureHash.F(153, a.P(s0prev), s0p, b0p);
        f[k++] = FeatureHash.F(154, s0p, a.P(b0prev), b0p);
        f[k++] = FeatureHash.F(155, a.W(b0prev), b0p, s0p);
        return k;
    }

    /// <summary>Features for the relation of a new arc; the dependent's subtree is complete by then.</summary>
    public static int Label(ParseState st, ParserAtoms a, int head, int dep, Span<ulong> f)
    {
        var n = st.N;
        var dir = FeatureHash.Of(dep < head ? 1 : 2);
        var dist = Distance(head == n ? -1 : head, dep);
        var hw = a.W(head);
        var hp = a.P(head);
        var hu = a.U(head);
        var dw = a.W(dep);
        var dp = a.P(dep);
        var du = a.U(dep);
        var dl1 = st.Left1[dep];
        var dr1 = st.Right1[dep];
        var hl1 = head < n ? st.Left1[head] : -1;
        var hr1 = head < n ? st.Right1[head] : -1;
        var dLabels = FeatureHash.Mix(st.LeftLabels[dep] + 77);
        var dRight = FeatureHash.Mix(st.RightLabels[dep] + 91);
        var hLabels = head < n ? FeatureHash.Mix(st.LeftLabels[head] + 77) : ParserAtoms.None;
        var hRight = head < n ? FeatureHash.Mix(st.RightLabels[head] + 91) : ParserAtoms.None;
        var before = dep > 0 ? dep - 1 : -1;
        var after = dep + 1 < n ? dep + 1 : -1;

        var k = 0;
        f[k++] = FeatureHash.F(200, 0);
        f[k++] = FeatureHash.F(201, hw);
        f[k++] = FeatureHash.F(202, hp);
        f[k++] = FeatureHash.F(203, dw);
        f[k++] = FeatureHash.F(204, dp);
        f[k++] = FeatureHash.F(205, hp, dp);
        f[k++] = FeatureHash.F(206, hw, dp);
        f[k++] = FeatureHash.F(207, hp, dw);
        f[k++] = FeatureHash.F(208, hw, dw);
        f[k++] = FeatureHash.F(209, hp, dp, dir);
        f[k++] = FeatureHash.F(210, hp, dp, dist);
        f[k++] = FeatureHash.F(211, dp, dir);
        f[k++] = FeatureHash.F(212, dw, dir);
        f[k++] = FeatureHash.F(213, hu, du, dir);
        f[k++] = FeatureHash.F(214, a.W(dl1), dp);
        f[k++] = FeatureHash.F(215, a.W(dl1), hp);
        f[k++] = FeatureHash.F(216, a.W(dl1), hu, du);
        f[k++] = FeatureHash.F(217, Label(st, dl1), dp);
        f[k++] = FeatureHash.F(218, Label(st, dr1), dp);
        f[k++] = FeatureHash.F(219, a.W(dr1), dp);
        f[k++] = FeatureHash.F(220, dLabels, dp, dir);
        f[k++] = FeatureHash.F(221, dRight, dp);
        f[k++] = FeatureHash.F(222, hLabels, hp, dir);
        f[k++] = FeatureHash.F(223, hRight, hp, dir);
        f[k++] = FeatureHash.F(224, a.S(dep), dp);
        f[k++] = FeatureHash.F(225, a.P(before), dp, hp);
        f[k++] = FeatureHash.F(226, a.P(after), dp, hp);
        f[k++] = FeatureHash.F(227, a.W(before), dp);
        f[k++] = FeatureHash.F(228, hw, dw, dir);
        f[k++] = FeatureHash.F(229, a.W(hl1), hp, dir);
        f[k++] = FeatureHash.F(230, Label(st, hl1), dp, dir);
        f[k++] = FeatureHash.F(231, Label(st, hr1), dp, dir);
        f[k++] = FeatureHash.F(232, dp, dist, dir);
        f[k++] = FeatureHash.F(233, a.S(head), dp, dir);
        f[k++] = FeatureHash.F(234, FeatureHash.Of(dep == 0 ? 1 : 0), dp, dir);
        f[k++] = FeatureHash.F(235, a.W(dl1), a.W(head), du);
        f[k++] = FeatureHash.F(236, a.W(after), dp, dir);
        f[k++] = FeatureHash.F(237, dLabels, dw);
        f[k++] = FeatureHash.F(238, dw, dp, hw);
        f[k++] = FeatureHash.F(239, a.Between(head == n ? -1 : head, dep), hp, dp);
        f[k++] = FeatureHash.F(240, Count(dep, st.LeftCount), Count(dep, st.RightCount), dp);
        f[k++] = FeatureHash.F(241, a.W(dl1), dw);
        f[k++] = FeatureHash.F(242, a.P(dl1), a.P(st.Left2[dep]), dp, dir);
        f[k++] = FeatureHash.F(243, a.S(dep), hp, dir);
        f[k++] = FeatureHash.F(244, a.A(dep), dp, hp);
        f[k++] = FeatureHash.F(245, a.A(dep), a.A(head), dir);
        f[k++] = FeatureHash.F(246, a.A(dep), a.P(after), dir);
        return k;
    }
}
