using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Claims.Trees;

/// <summary>
/// One parsed sentence seen as a tree: children of each token, relations, lemmas, and the mention
/// that covers each token. Indexes are document-wide token indexes, as in <see cref="TokenAnnotations"/>.
/// </summary>
internal sealed class DependencyTree
{
    private readonly TokenAnnotations _a;
    private readonly int[] _childStart;
    private readonly int[] _children;
    private readonly Mention?[] _mentionAt;

    public DependencyTree(AnalysisContext context, Sentence sentence, IReadOnlyList<Mention> mentions, int contextStart, KnowledgeBase kb, Gazetteer gazetteer)
    {
        Context = context;
        KnowledgeBase = kb;
        Gazetteer = gazetteer;
        ContextStart = contextStart;
        Sentence = sentence;
        _a = context.Annotations;
        var n = sentence.TokenCount;
        var first = sentence.FirstToken;
        _childStart = new int[n + 1];
        _children = new int[n];
        for (var t = first; t < sentence.EndToken; t++)
        {
            var h = _a.Head[t];
            if (h >= first && h < sentence.EndToken)
            {
                _childStart[h - first + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            _childStart[i + 1] += _childStart[i];
        }

        var fill = new int[n];
        for (var t = first; t < sentence.EndToken; t++)
        {
            var h = _a.Head[t];
            if (h >= first && h < sentence.EndToken)
            {
                var slot = h - first;
                _children[_childStart[slot] + fill[slot]++] = t;
            }
        }

        _mentionAt = new Mention?[n];
        foreach (var m in mentions)
        {
            for (var t = Math.Max(m.FirstToken, first); t < Math.Min(m.EndToken, sentence.EndToken); t++)
            {
                _mentionAt[t - first] ??= m;
            }
        }
    }

    public AnalysisContext Context { get; }

    /// <summary>The knowledge base the document's names were recognised with, for what the tree's rules look up.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    public Gazetteer Gazetteer { get; }

    public Sentence Sentence { get; }

    /// <summary>First token of the stretch (this sentence and the two before) where pronouns find their antecedents.</summary>
    public int ContextStart { get; }

    public bool Contains(int t) => t >= Sentence.FirstToken && t < Sentence.EndToken;

    public int Head(int t) => Contains(t) && Contains(_a.Head[t]) ? _a.Head[t] : -1;

    public string Rel(int t) => _a.Deprel[t] ?? string.Empty;

    /// <summary>The relation without its subtype: "obl" for "obl:agent".</summary>
    public ReadOnlySpan<char> BaseRel(int t)
    {
        var r = Rel(t).AsSpan();
        var colon = r.IndexOf(':');
        return colon < 0 ? r : r[..colon];
    }

    public string Upos(int t) => _a.Upos[t] ?? string.Empty;

    public string Xpos(int t) => _a.Xpos[t] ?? string.Empty;

    public string Lemma(int t) => _a.Lemma[t] ?? string.Empty;

    public ReadOnlySpan<char> Word(int t) => Context.TokenText(t);

    public bool WordIs(int t, string word) => Contains(t) && Word(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    public ReadOnlySpan<int> Children(int t) =>
        Contains(t) ? _children.AsSpan(_childStart[t - Sentence.FirstToken], _childStart[t - Sentence.FirstToken + 1] - _childStart[t - Sentence.FirstToken]) : [];

    public Mention? MentionAt(int t) => Contains(t) ? _mentionAt[t - Sentence.FirstToken] : null;

    public int FirstChild(int t, string rel)
    {
        foreach (var c in Children(t))
        {
            if (Rel(c) == rel)
            {
                return c;
            }
        }

        return -1;
    }

    public bool HasChild(int t, string rel) => FirstChild(t, rel) >= 0;

    /// <summary>The preposition that heads a nominal ("to" in "to Russia"), or -1.</summary>
    public int CaseMarker(int t)
    {
        foreach (var c in Children(t))
        {
            if (Rel(c) == Relations.Case)
            {
                return c;
            }
        }

        return -1;
    }

    public bool IsVerbal(int t) => Upos(t) is UposTags.Verb or UposTags.Aux;
}
