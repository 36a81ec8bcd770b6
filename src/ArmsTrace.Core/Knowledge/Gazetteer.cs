using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Knowledge;

/// <summary>
/// A trie over the normalised tokens of every knowledge-base name, for longest-match lookup
/// in running text without building substrings.
/// </summary>
public sealed class Gazetteer
{
    private readonly Node _root = new();

    public Gazetteer(IEnumerable<KbName> names, Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var tokens = new List<Token>();
        foreach (var name in names)
        {
            tokens.Clear();
            tokenizer.Tokenize(name.Surface, 0, name.Surface.Length, tokens);
            if (tokens.Count == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var t in tokens)
            {
                var key = NameNormalizer.Normalize(name.Surface.AsSpan(t.Start, t.Length));
                if (!node.Children.TryGetValue(key, out var child))
                {
                    child = new Node();
                    node.Children.Add(key, child);
                }

                node = child;
            }

            node.Names.Add(name);
        }
    }

    /// <summary>Longest match starting at token <paramref name="first"/>, not crossing <paramref name="end"/>.</summary>
    public (int EndToken, IReadOnlyList<KbName> Names) Match(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var node = _root;
        var bestEnd = -1;
        IReadOnlyList<KbName> best = [];
        Span<char> buffer = stackalloc char[64];
        for (var i = first; i < end; i++)
        {
            var t = tokens[i];
            if (t.Length > buffer.Length)
            {
                break;
            }

            var n = NameNormalizer.Normalize(text.AsSpan(t.Start, t.Length), buffer);
            if (!node.Lookup.TryGetValue(buffer[..n], out var next))
            {
                break;
            }

            node = next;
            if (node.Names.Count > 0)
            {
                bestEnd = i + 1;
                best = node.Names;
            }
        }

        return (bestEnd, best);
    }

    /// <summary>
    /// Names that are exactly tokens [<paramref name="first"/>, <paramref name="last"/>) followed by
    /// the first <paramref name="lastLength"/> characters of token <paramref name="last"/>: the place
    /// in "Hong Kong-based", whose last word the tokenizer keeps joined to its suffix.
    /// </summary>
    public IReadOnlyList<KbName> MatchWithPrefix(string text, IReadOnlyList<Token> tokens, int first, int last, int lastLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var node = _root;
        Span<char> buffer = stackalloc char[64];
        for (var i = first; i <= last; i++)
        {
            var t = tokens[i];
            var length = i == last ? lastLength : t.Length;
            if (length > buffer.Length)
            {
                return [];
            }

            var n = NameNormalizer.Normalize(text.AsSpan(t.Start, length), buffer);
            if (!node.Lookup.TryGetValue(buffer[..n], out var next))
            {
                return [];
            }

            node = next;
        }

        return node.Names;
    }

    /// <summary>Names that are exactly this one token's text (used for the halves of hyphenated words).</summary>
    public IReadOnlyList<KbName> MatchSingle(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[64];
        if (word.Length > buffer.Length)
        {
            return [];
        }

        var n = NameNormalizer.Normalize(word, buffer);
        return _root.Lookup.TryGetValue(buffer[..n], out var node) ? node.Names : [];
    }

    private sealed class Node
    {
        // Made with the node rather than on first use, so threads matching at once never race to set it.
        public Node() => Lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<KbName> Names { get; } = [];

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
