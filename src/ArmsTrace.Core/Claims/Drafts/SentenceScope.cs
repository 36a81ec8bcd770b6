using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;
using ArmsTrace.Core.Time;

namespace ArmsTrace.Core.Claims.Drafts;

/// <summary>One sentence with its mentions in token order, and the positional questions the patterns ask.</summary>
internal sealed class SentenceScope
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "to", "from", "of", "with", "into", "against", "across", "throughout", "for", "near", "toward", "towards", "over", "inside", "by", "about",
    };

    private static readonly HashSet<string> Barriers = new(StringComparer.OrdinalIgnoreCase) { ";", "while", "but", "whereas", "although", "—" };

    public SentenceScope(AnalysisContext context, int index)
    {
        var sentence = context.Sentences[index];
        Context = context;
        Index = index;
        Sentence = sentence;
        Mentions = [.. context.Mentions.Where(m => m.FirstToken >= sentence.FirstToken && m.EndToken <= sentence.EndToken).OrderBy(m => m.FirstToken)];
    }

    public AnalysisContext Context { get; }

    public int Index { get; }

    public Sentence Sentence { get; }

    public List<Mention> Mentions { get; }

    public string Word(int i) => i >= Sentence.FirstToken && i < Sentence.EndToken ? Context.TokenText(i).ToString() : string.Empty;

    public bool Is(int i, params string[] words) => words.Contains(Word(i), StringComparer.OrdinalIgnoreCase);

    public static bool IsActor(Mention m) => EntityKinds.IsActor(m.Type);

    public static bool IsParty(Mention m) => EntityKinds.IsParty(m.Type);

    public static bool IsWeapon(Mention m) => m.Type == EntityType.Weapon;

    /// <summary>A demonym right before another name only modifies it ("the Lebanese Hezbollah").</summary>
    public bool IsModifier(Mention m) =>
        m.Kind == MentionKind.Demonym && Mentions.Any(o => o.FirstToken == m.EndToken);

    public bool IsPrepositional(Mention m)
    {
        var k = m.FirstToken - 1;
        while (k >= Sentence.FirstToken && Is(k, "the", "a", "an", "its", "their", "his", "her"))
        {
            k--;
        }

        return k >= Sentence.FirstToken && Prepositions.Contains(Word(k)) && !Is(k, "by");
    }

    /// <summary>The nearest actor to the left that is not inside a prepositional phrase, with those coordinated with it.</summary>
    public List<Mention> LeftSubjects(int trigger, Func<Mention, bool>? accept = null)
    {
        accept ??= IsActor;
        for (var k = Mentions.Count - 1; k >= 0; k--)
        {
            var m = Mentions[k];
            if (m.EndToken > trigger)
            {
                continue;
            }

            if (CrossesBarrier(m.EndToken, trigger))
            {
                break;
            }

            if (!accept(m) || IsPrepositional(m) || IsModifier(m) || IsInsideParens(m))
            {
                continue;
            }

            var result = new List<Mention> { m };
            CollectCoordinatedLeft(k, result, accept);
            return result;
        }

        return [];
    }

    private bool IsInsideParens(Mention m) => Is(m.FirstToken - 1, "(") || Is(m.FirstToken - 1, "[");

    private void CollectCoordinatedLeft(int k, List<Mention> result, Func<Mention, bool> accept)
    {
        var current = Mentions[k];
        for (var j = k - 1; j >= 0; j--)
        {
            var prev = Mentions[j];
            if (!accept(prev) || !OnlyConnectors(prev.EndToken, current.FirstToken))
            {
                break;
            }

            result.Insert(0, prev);
            current = prev;
        }
    }

    public bool OnlyConnectors(int from, int to)
    {
        if (from >= to)
        {
            return from == to;
        }

        var sawConnector = false;
        for (var i = from; i < to; i++)
        {
            if (Is(i, ",", "and", "or", "the", "as", "well", "such", "including", "also"))
            {
                sawConnector |= !Is(i, "the");
                continue;
            }

            return false;
        }

        return sawConnector;
    }

    public bool CrossesBarrier(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Barriers.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Mentions right of <paramref name="from"/> that <paramref name="accept"/> allows: the first and those coordinated with it.</summary>
    public List<Mention> RightObjects(int from, Func<Mention, bool> accept, int window = 25)
    {
        var result = new List<Mention>();
        foreach (var m in Mentions)
        {
            if (m.FirstToken < from || m.FirstToken > from + window || IsModifier(m))
            {
                continue;
            }

            if (CrossesBarrier(from, m.FirstToken))
            {
                break;
            }

            if (result.Count == 0)
            {
                if (accept(m))
                {
                    result.Add(m);
                }

                continue;
            }

            if (accept(m) && OnlyConnectors(result[^1].EndToken, m.FirstToken))
            {
                result.Add(m);
                continue;
            }

            if (m.FirstToken > result[^1].EndToken && !OnlyConnectors(result[^1].EndToken, m.FirstToken))
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Index of the first token after <paramref name="from"/> that is <paramref name="word"/>, within the clause.</summary>
    public int FindWord(int from, string word, int window = 15)
    {
        for (var i = from; i < Math.Min(Sentence.EndToken, from + window); i++)
        {
            if (Barriers.Contains(Word(i)))
            {
                return -1;
            }

            if (Is(i, word))
            {
                return i;
            }
        }

        return -1;
    }

    public Mention? MentionAt(int token) => Mentions.FirstOrDefault(m => m.FirstToken <= token && token < m.EndToken);

    /// <summary>The actor just before "which"/"who" left of the trigger: the head a relative clause describes.</summary>
    public Mention? RelativeHead(int trigger, Func<Mention, bool> accept)
    {
        for (var i = trigger - 1; i > Sentence.FirstToken; i--)
        {
            if (Is(i, "which", "who"))
            {
                var j = Is(i - 1, ",") ? i - 1 : i;
                return Mentions.LastOrDefault(m => m.EndToken == j && accept(m));
            }
        }

        return null;
    }

    /// <summary>
    /// The document's entity when the mention is one of its mentions (the same text and key); a name
    /// the claim finders made up themselves ("the group" read as its speaker's side) gets an empty id.
    /// </summary>
    public EntityRef Ref(Mention m) =>
        Context.Entities.Find(e => e.Key == m.Key && e.Mentions.Exists(i => Context.Mentions[i].Span == m.Span)) is { } e
            ? new EntityRef(e.Id, e.Key, e.Name, e.Type)
            : new EntityRef(string.Empty, m.Key, m.CanonicalName, m.Type);

    public ClaimTime? FindTime()
    {
        var words = new List<string>(Sentence.TokenCount);
        for (var i = Sentence.FirstToken; i < Sentence.EndToken; i++)
        {
            words.Add(Word(i));
        }

        for (var i = 0; i < words.Count; i++)
        {
            var (time, _) = TimeExpressionResolver.Resolve(words, i, Context.Published);
            if (time is not null)
            {
                return time;
            }
        }

        return null;
    }
}
