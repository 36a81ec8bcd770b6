namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>
/// Arc-hybrid configuration over words 0..N-1 with the artificial root as index N at the bottom of
/// the stack. The buffer is always the suffix [B, N), so it needs no storage. Child bookkeeping
/// (two outermost children, valency, label sets) is kept incrementally for the feature templates.
/// Reused between sentences to avoid allocation.
/// </summary>
internal sealed class ParseState
{
    private int[] _stack = new int[64];

    public int N { get; private set; }

    public int B { get; private set; }

    public int Depth { get; private set; }

    public int[] Heads { get; private set; } = new int[64];

    public int[] Labels { get; private set; } = new int[64];

    public int[] Left1 { get; private set; } = new int[64];

    public int[] Left2 { get; private set; } = new int[64];

    public int[] Right1 { get; private set; } = new int[64];

    public int[] Right2 { get; private set; } = new int[64];

    public int[] LeftCount { get; private set; } = new int[64];

    public int[] RightCount { get; private set; } = new int[64];

    public ulong[] LeftLabels { get; private set; } = new ulong[64];

    public ulong[] RightLabels { get; private set; } = new ulong[64];

    public bool[] OnStack { get; private set; } = new bool[64];

    public bool IsTerminal => B == N && Depth == 1;

    public bool CanShift => B < N;

    public bool CanLeft => Depth > 1 && B < N;

    /// <summary>Only the last word may attach to the root, which keeps one root per sentence.</summary>
    public bool CanRight => Depth > 2 || (Depth == 2 && B == N);

    public void Reset(int n)
    {
        if (Heads.Length < n + 1)
        {
            var size = Math.Max(n + 1, Heads.Length * 2);
            _stack = new int[size];
            Heads = new int[size];
            Labels = new int[size];
            Left1 = new int[size];
            Left2 = new int[size];
            Right1 = new int[size];
            Right2 = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
            LeftLabels = new ulong[size];
            RightLabels = new ulong[size];
            OnStack = new bool[size];
        }

        N = n;
        B = 0;
        Array.Fill(Heads, -1, 0, n + 1);
        Array.Fill(Labels, -1, 0, n + 1);
        Array.Fill(Left1, -1, 0, n + 1);
        Array.Fill(Left2, -1, 0, n + 1);
        Array.Fill(Right1, -1, 0, n + 1);
        Array.Fill(Right2, -1, 0, n + 1);
        Array.Clear(LeftCount, 0, n + 1);
        Array.Clear(RightCount, 0, n + 1);
        Array.Clear(LeftLabels, 0, n + 1);
        Array.Clear(RightLabels, 0, n + 1);
        Array.Clear(OnStack, 0, n + 1);
        _stack[0] = n;
        OnStack[n] = true;
        Depth = 1;
    }

    /// <summary>The k-th element from the top of the stack, or -1.</summary>
    public int S(int k) => k < Depth ? _stack[Depth - 1 - k] : -1;

    public bool IsLegal(Transition t) => t switch
    {
        Transition.Shift => CanShift,
        Transition.Left => CanLeft,
        _ => CanRight,
    };

    /// <summary>Head and dependent of the arc a transition would add; (-1, -1) for Shift.</summary>
    public (int Head, int Dependent) ArcOf(Transition t) => t switch
    {
        Transition.Left => (B, S(0)),
        Transition.Right => (S(1), S(0)),
        _ => (-1, -1),
    };

    public void Apply(Transition t, int label)
    {
        switch (t)
        {
            case Transition.Shift:
                _stack[Depth++] = B;
                OnStack[B] = true;
                B++;
                break;
            case Transition.Left:
                AddArc(B, Pop(), label);
                break;
            default:
                var d = Pop();
                AddArc(S(0), d, label);
                break;
        }
    }

    private int Pop()
    {
        var top = _stack[--Depth];
        OnStack[top] = false;
        return top;
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            Left2[head] = Left1[head];
            Left1[head] = dependent;
            LeftCount[head]++;
            LeftLabels[head] |= bit;
        }
        else
        {
            Right2[head] = Right1[head];
            Right1[head] = dependent;
            RightCount[head]++;
            RightLabels[head] |= bit;
        }
    }

    /// <summary>
    /// Goldberg and Nivre's arc-hybrid cost: how many gold arcs still reachable become unreachable
    /// if <paramref name="t"/> is taken. <paramref name="gold"/> holds gold heads, root as N.
    /// </summary>
    public int Cost(Transition t, ReadOnlySpan<int> gold)
    {
        var cost = 0;
        switch (t)
        {
            case Transition.Shift:
            {
                var b = B;
                var s0 = S(0);
                var h = gold[b];
                if (h != s0 && h >= 0 && h <= N && OnStack[h])
                {
                    cost++;
                }

                for (var k = 0; k < Depth; k++)
                {
                    var w = _stack[k];
                    if (w != N && gold[w] == b)
                    {
                        cost++;
                    }
                }

                break;
            }

            case Transition.Left:
            {
                var s0 = S(0);
                var h = gold[s0];
                if (h != B && (h == S(1) || h > B && h < N))
                {
                    cost++;
                }

                cost += DependentsInBuffer(s0, gold);
                break;
            }

            default:
            {
                var s0 = S(0);
                var h = gold[s0];
                if (h >= B && h < N)
                {
                    cost++;
                }

                cost += DependentsInBuffer(s0, gold);
                break;
            }
        }

        return cost;
    }

    private int DependentsInBuffer(int head, ReadOnlySpan<int> gold)
    {
        var count = 0;
        for (var d = B; d < N; d++)
        {
            if (gold[d] == head)
            {
                count++;
            }
        }

        return count;
    }
}
