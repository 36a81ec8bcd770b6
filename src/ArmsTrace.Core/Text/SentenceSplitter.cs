using System.Collections.Frozen;

namespace ArmsTrace.Core.Text;

/// <summary>
/// Groups tokens into sentences. Blank lines and boilerplate always split; a single line break
/// splits unless the text plainly runs on (next line starts in lower case or with a dash, or the
/// line ends with a function word); terminal punctuation splits before a capital, digit or quote.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>Longer runs are cut so later stages never see unbounded input.</summary>
    public const int MaxTokens = 160;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _continuations;

    public SentenceSplitter(IEnumerable<string> continuationWords)
    {
        ArgumentNullException.ThrowIfNull(continuationWords);
        _continuations = continuationWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static SentenceSplitter Default { get; } = new(ResourceFiles.ReadLines("lexicons/line-continuations.txt")
        .Where(l => !l.StartsWith('#'))
        .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    public void Split(CleanText clean, IReadOnlyList<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(clean);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        if (tokens.Count == 0)
        {
            return;
        }

        var text = clean.Value;
        var first = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (i - first >= MaxTokens || IsBoundary(text, clean, tokens, i) || EndsDateline(text, tokens, first, i))
            {
                sentences.Add(Make(tokens, first, i));
                first = i;
            }
        }

        sentences.Add(Make(tokens, first, tokens.Count));
    }

    private static Sentence Make(IReadOnlyList<Token> tokens, int first, int end) =>
        new(new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end);

    private bool IsBoundary(string text, CleanText clean, IReadOnlyList<Token> tokens, int i)
    {
        var prev = tokens[i - 1];
        var next = tokens[i];
        var gap = text.AsSpan(prev.End, next.Start - prev.End);
        var newlines = gap.Count('\n');
        if (newlines >= 2 || (gap.Length > 0 && clean.IsBoilerplate(prev.End)))
        {
            return true;
        }

        var nextText = text.AsSpan(next.Start, next.Length);
        var prevText = text.AsSpan(prev.Start, prev.Length);
        if (newlines == 1)
        {
            var runsOn = char.IsLower(nextText[0])
                || nextText[0] is '-' or '–' or '—' or ',' or '.' or ')' or ';' or ':'
                || prevText[^1] is ',' or '(' or '-' or '–' or '—'
                || _continuations.Contains(prevText);
            return !runsOn;
        }

        if (gap.Length == 0)
        {
            return false;
        }

        var end = i - 1;
        while (end > 0 && IsCloser(text[tokens[end].Start]) && tokens[end].Length == 1)
        {
            end--;
        }

        var terminal = text[tokens[end].Start];
        if (tokens[end].Length == 1 && terminal is '.' or '!' or '?' || (tokens[end].Length == 3 && terminal == '.') || terminal == '…')
        {
            var c = nextText[0];
            return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[';
        }

        return false;
    }

    /// <summary>
    /// "WASHINGTON (AP) —", "JERUSALEM/CAIRO (Reuters) -": a dateline before a dash is no part of
    /// the first sentence, whose parse it would spoil.
    /// </summary>
    private static bool EndsDateline(string text, IReadOnlyList<Token> tokens, int first, int i)
    {
        var dash = tokens[i - 1];
        if (i - first < 2 || i - first > 8 || dash.Length != 1 || text[dash.Start] is not ('-' or '–' or '—'))
        {
            return false;
        }

        var inBrackets = false;
        for (var k = first; k < i - 1; k++)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (word is "(" or ")")
            {
                inBrackets = word is "(";
                continue;
            }

            var capitals = word.Length > 1 && !word.ContainsAnyInRange('a', 'z');
            if (!(capitals || word is "/" or "," || (inBrackets && char.IsUpper(word[0]))))
            {
                return false;
            }
        }

        return !text.AsSpan(tokens[first].Start, tokens[first].Length).ContainsAnyInRange('a', 'z');
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']';
}
