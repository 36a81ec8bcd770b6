using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>
/// Greedy arc-hybrid dependency parser: one averaged perceptron picks the transition, a second
/// one labels each arc as it is made. Thread-safe once loaded: scratch space comes with each call.
/// </summary>
internal sealed class Parser
{
    private const int Magic = 0x52505441;
    private const int FormatVersion = 3;

    private readonly LinearModel _transitions;
    private readonly LinearModel _labels;
    private readonly int _rootLabel;
    private readonly Relabeler? _relabeler;

    public Parser(Vocabulary labels, LinearModel transitions, LinearModel labelModel, Dictionary<ulong, ulong> ambiguity, Relabeler? relabeler = null)
    {
        Ambiguity = ambiguity;
        Labels = labels;
        _transitions = transitions;
        _labels = labelModel;
        _relabeler = relabeler;
        _rootLabel = labels.Find(Relations.Root);
    }

    /// <summary>The same parser with a second-stage labeller (or none) on top.</summary>
    public Parser WithRelabeler(Relabeler? relabeler) => new(Labels, _transitions, _labels, Ambiguity, relabeler);

    public Vocabulary Labels { get; }

    /// <summary>The transition model; it and <see cref="LabelModel"/> are read when parsers trained with other seeds are averaged.</summary>
    public LinearModel TransitionModel => _transitions;

    public LinearModel LabelModel => _labels;

    /// <summary>Tag sets of frequent training words, keyed by lower-cased word hash.</summary>
    public Dictionary<ulong, ulong> Ambiguity { get; }

    public int RowCount => _transitions.RowCount + _labels.RowCount + (_relabeler?.RowCount ?? 0);

    public ParsedWords Parse(ReadOnlySpan<string> words, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos)
    {
        var scratch = new ParserScratch();
        var atoms = scratch.Atoms;
        atoms.Reset(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            atoms.Set(i, words[i], upos[i], xpos[i], Ambiguity);
        }

        var heads = new int[words.Length];
        var labels = new int[words.Length];
        Parse(atoms, heads, labels, scratch);
        var deprels = new string[words.Length];
        for (var i = 0; i < deprels.Length; i++)
        {
            deprels[i] = Labels[labels[i]];
        }

        return new ParsedWords(heads, deprels);
    }

    /// <summary>Parses the sentence in <paramref name="atoms"/>; heads are 0-based, -1 for the root.</summary>
    public void Parse(ParserAtoms atoms, Span<int> heads, Span<int> labels) => Parse(atoms, heads, labels, new ParserScratch());

    /// <summary>Parses the sentence in <paramref name="atoms"/> in the working space of <paramref name="scratch"/>.</summary>
    public void Parse(ParserAtoms atoms, Span<int> heads, Span<int> labels, ParserScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentNullException.ThrowIfNull(scratch);
        var st = scratch.State;
        var n = atoms.N;
        st.Reset(n);
        var prior = Span<float>.Empty;
        if (_relabeler is not null)
        {
            prior = scratch.LabelScores(n * _labels.Classes, _labels.Classes);
        }

        Span<ulong> f = stackalloc ulong[ParserFeatures.Max];
        Span<int> scores = stackalloc int[Math.Max(_transitions.Classes, _labels.Classes)];
        while (!st.IsTerminal)
        {
            var best = Choose(st, atoms, f, scores);

            var label = -1;
            if (best != Transition.Shift)
            {
                var (head, dep) = st.ArcOf(best);
                label = PredictLabel(st, atoms, head, dep, f, scores);
                if (!prior.IsEmpty && head != n)
                {
                    var row = prior.Slice(dep * _labels.Classes, _labels.Classes);
                    for (var c = 0; c < row.Length; c++)
                    {
                        row[c] = scores[c] * _labels.Scale;
                    }
                }
            }

            st.Apply(best, label);
        }

        for (var i = 0; i < n; i++)
        {
            var h = st.Heads[i];
            heads[i] = h == n || h < 0 ? -1 : h;
            labels[i] = st.Labels[i] < 0 ? _rootLabel : st.Labels[i];
        }

        _relabeler?.Relabel(atoms, heads, labels, _rootLabel, prior, scratch.Order(n));
    }

    /// <summary>
    /// The best legal transition. With the stack down to the root only a shift is legal, and with
    /// the buffer empty only a right arc: such moves are made without scoring, which the greedy
    /// choice among one would not change.
    /// </summary>
    private Transition Choose(ParseState st, ParserAtoms atoms, Span<ulong> f, Span<int> scores)
    {
        if (!st.CanLeft && st.CanShift != st.CanRight)
        {
            return st.CanShift ? Transition.Shift : Transition.Right;
        }

        var k = ParserFeatures.Transition(st, atoms, f);
        _transitions.Predict(f[..k], scores);
        var best = Transition.Shift;
        var bestScore = int.MinValue;
        for (var t = 0; t < 3; t++)
        {
            if (st.IsLegal((Transition)t) && scores[t] > bestScore)
            {
                best = (Transition)t;
                bestScore = scores[t];
            }
        }

        return best;
    }

    private int PredictLabel(ParseState st, ParserAtoms atoms, int head, int dep, Span<ulong> f, Span<int> scores)
    {
        if (head == st.N)
        {
            return _rootLabel;
        }

        var k = ParserFeatures.Label(st, atoms, head, dep, f);
        _labels.Predict(f[..k], scores);
        var best = -1;
        for (var c = 0; c < _labels.Classes; c++)
        {
            if (c != _rootLabel && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        return best;
    }

    public void Write(Stream stream) => ModelFile.Save(stream, Magic, FormatVersion, writer =>
    {
        Labels.Write(writer);
        writer.Write(Ambiguity.Count);
        foreach (var (k, v) in Ambiguity.OrderBy(p => p.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }

        LinearModelFile.Write(_transitions, writer);
        LinearModelFile.Write(_labels, writer);
        writer.Write(_relabeler is not null);
        if (_relabeler is not null)
        {
            LinearModelFile.Write(_relabeler.Model, writer);
        }
    });

    /// <summary>Reads this version or an older one: 2 has dense weights, 1 also no second-stage labeller.</summary>
    public static Parser Read(Stream stream) => ModelFile.Load(stream, Magic, 1, FormatVersion, (reader, version) =>
    {
        var labels = Vocabulary.Read(reader);
        var count = reader.ReadInt32();
        var ambiguity = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            var k = reader.ReadUInt64();
            ambiguity[k] = reader.ReadUInt64();
        }

        var flagged = version >= 3;
        var transitions = LinearModelFile.Read(reader, flagged);
        var labelModel = LinearModelFile.Read(reader, flagged);
        var relabeler = version >= 2 && reader.ReadBoolean() ? new Relabeler(LinearModelFile.Read(reader, flagged)) : null;
        return new Parser(labels, transitions, labelModel, ambiguity, relabeler);
    });
}
