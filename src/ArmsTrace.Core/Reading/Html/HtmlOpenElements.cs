using static ArmsTrace.Core.Reading.Html.HtmlElementKind;

namespace ArmsTrace.Core.Reading.Html;

/// <summary>
/// <see cref="HtmlNesting"/>'s model of the parser's stack of open elements and of its list of active formatting
/// elements, the ones it reopens after a block closed them.
/// </summary>
internal sealed class HtmlOpenElements
{
    // A search this far down the stack or the list of formatting elements gives up as if it found nothing, so that a
    // flood of stray tags costs a bounded amount each; real pages close what they open within a few levels.
    private const int MaxSearch = 64;

    // How many copies of one formatting tag the list keeps between markers (the standard's "Noah's Ark" clause).
    private const int MaxSameFormatting = 3;

    private readonly List<HtmlOpenElement> _open = [];

    // Each entry has its whole start tag, which tells copies apart; a null element is a marker (a table cell,
    // caption, template or object begins), which bounds what the parser reopens.
    private readonly List<(HtmlOpenElement? Element, string Tag)> _formatting = [];

    // How many elements of each name are open, so that an end tag for none of them costs nothing to ignore.
    private readonly Dictionary<string, int> _openByName = new(StringComparer.Ordinal);

    public int Count => _open.Count;

    /// <summary>The current node, or null when nothing is open.</summary>
    public HtmlOpenElement? Top => _open.Count > 0 ? _open[^1] : null;

    /// <summary>The current node is SVG or MathML, not a point where HTML comes back in.</summary>
    public bool InForeignContent => Top is { Foreign: true } top && !top.Kind.HasFlag(IntegrationPoint);

    public bool IsOpen(string name) => _openByName.GetValueOrDefault(name) > 0;

    /// <param name="tag">The whole start tag of a formatting element; null for any other.</param>
    public void Push(string name, HtmlElementKind kind, bool foreign, string? tag)
    {
        var element = new HtmlOpenElement(name, kind, foreign);
        Add(_open.Count, element);
        if (foreign)
        {
            return;
        }

        if (tag is not null)
        {
            ForgetOldestCopyBeyond(MaxSameFormatting - 1, tag);
            _formatting.Add((element, tag));
        }
        else if (IsMarker(name))
        {
            _formatting.Add((null, string.Empty));
        }
    }

    /// <summary>The foreign element named <paramref name="name"/> that no HTML element separates from the top, or -1.</summary>
    public int FindForeign(string name)
    {
        for (var i = _open.Count - 1; i >= 0 && _open[i].Foreign && i >= _open.Count - MaxSearch; i--)
        {
            if (_open[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <returns>The index of the topmost open element that matches, or -1 when a barrier comes first.</returns>
    public int Find(Func<HtmlOpenElement, bool> match, Func<HtmlOpenElement, bool> barrier)
    {
        for (var i = _open.Count - 1; i >= 0 && i >= _open.Count - MaxSearch; i--)
        {
            if (match(_open[i]))
            {
                return i;
            }

            if (barrier(_open[i]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Pops the element at <paramref name="index"/> and all above it; nothing when it is -1.</summary>
    public void PopFrom(int index)
    {
        if (index < 0)
        {
            return;
        }

        for (var i = _open.Count - 1; i >= index; i--)
        {
            Closed(_open[i]);
        }

        _open.RemoveRange(index, _open.Count - index);
    }

    public void PopTopIf(Func<HtmlOpenElement, bool> match)
    {
        if (_open.Count > 0 && match(_open[^1]))
        {
            PopFrom(_open.Count - 1);
        }
    }

    /// <summary>
    /// The adoption agency, once round: a formatting element with a block inside it moves to just inside that
    /// block; without one it closes like any element.
    /// </summary>
    /// <returns>The formatting element it worked on (its copy when moved), or null when the list has none of that name.</returns>
    public HtmlOpenElement? AdoptFormatting(string name)
    {
        var entry = LastFormatting(name);
        if (entry < 0)
        {
            return null;
        }

        var element = _formatting[entry].Element!;
        if (!element.IsOpen)
        {
            _formatting.RemoveAt(entry);
            return element;
        }

        var i = Find(e => ReferenceEquals(e, element), InScope);
        if (i < 0)
        {
            return element;
        }

        var block = _open.FindIndex(i + 1, static e => e.Kind.HasFlag(Special));
        if (block < 0)
        {
            PopFrom(i);
            _formatting.RemoveAt(entry);
            return element;
        }

        RemoveAt(i);
        var copy = new HtmlOpenElement(element.Name, element.Kind, foreign: false);
        Add(block, copy);
        _formatting[entry] = (copy, _formatting[entry].Tag);
        return copy;
    }

    /// <summary>What a start tag of a or nobr does to one still in the list after the adoption agency: takes it out.</summary>
    public void RemoveFormatting(HtmlOpenElement element)
    {
        var entry = _formatting.FindLastIndex(
            _formatting.Count - 1, Math.Min(MaxSearch, _formatting.Count), e => ReferenceEquals(e.Element, element));
        if (entry >= 0)
        {
            _formatting.RemoveAt(entry);
        }

        var i = Find(e => ReferenceEquals(e, element), static _ => false);
        if (i >= 0)
        {
            RemoveAt(i);
        }
    }

    /// <summary>
    /// Reopens, as copies, the formatting elements after the last marker that a block closed, as the parser does
    /// before text and inline elements; a long run of them is reopened only in part, which the parse time limit
    /// backs up.
    /// </summary>
    public void ReopenFormatting()
    {
        if (_formatting.Count == 0 || _formatting[^1].Element is not { IsOpen: false })
        {
            return;
        }

        var first = _formatting.Count - 1;
        var floor = Math.Max(0, _formatting.Count - MaxSearch);
        while (first > floor && _formatting[first - 1].Element is { IsOpen: false })
        {
            first--;
        }

        for (var i = first; i < _formatting.Count; i++)
        {
            var closed = _formatting[i].Element!;
            var copy = new HtmlOpenElement(closed.Name, closed.Kind, foreign: false);
            Add(_open.Count, copy);
            _formatting[i] = (copy, _formatting[i].Tag);
        }
    }

    public static bool InScope(HtmlOpenElement e) => e.Kind.HasFlag(ScopeBoundary);

    public static bool InButtonScope(HtmlOpenElement e) => InScope(e) || e.Name == "button";

    public static bool InListItemScope(HtmlOpenElement e) => InScope(e) || e.Name is "ol" or "ul";

    public static bool InTableScope(HtmlOpenElement e) => e.Name is "table" or "template";

    public static bool IsSpecialButNotAddressDivOrP(HtmlOpenElement e) =>
        e.Kind.HasFlag(Special) && e.Name is not ("address" or "div" or "p");

    private int LastFormatting(string name)
    {
        for (var i = _formatting.Count - 1; i >= 0 && i >= _formatting.Count - MaxSearch; i--)
        {
            if (_formatting[i].Element is not { } element)
            {
                return -1;
            }

            if (element.Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private void ForgetOldestCopyBeyond(int allowed, string tag)
    {
        var oldest = -1;
        var copies = 0;
        for (var i = _formatting.Count - 1; i >= 0 && i >= _formatting.Count - MaxSearch && _formatting[i].Element is not null; i--)
        {
            if (_formatting[i].Tag == tag)
            {
                copies++;
                oldest = i;
            }
        }

        if (copies > allowed)
        {
            _formatting.RemoveAt(oldest);
        }
    }

    private void Add(int index, HtmlOpenElement element)
    {
        _open.Insert(index, element);
        _openByName[element.Name] = _openByName.GetValueOrDefault(element.Name) + 1;
    }

    private void RemoveAt(int index)
    {
        Closed(_open[index]);
        _open.RemoveAt(index);
    }

    // A marker's element closing takes the formatting elements opened inside it out of the list.
    private void Closed(HtmlOpenElement element)
    {
        element.IsOpen = false;
        _openByName[element.Name]--;
        if (element.Foreign || !IsMarker(element.Name))
        {
            return;
        }

        var marker = _formatting.FindLastIndex(static e => e.Element is null);
        _formatting.RemoveRange(Math.Max(0, marker), _formatting.Count - Math.Max(0, marker));
    }

    private static bool IsMarker(string name) => name is "td" or "th" or "caption" or "template" or "applet" or "object" or "marquee";
}
