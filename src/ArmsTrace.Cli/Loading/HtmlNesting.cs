using static ArmsTrace.Cli.Loading.HtmlElementKind;

namespace ArmsTrace.Cli.Loading;

/// <summary>
/// Tells, without building the page, whether HTML nests its elements deeper than a limit. The parser's cost grows
/// with the depth of its stack of open elements times the page's size (100,000 nested divs took 26 s, 200,000
/// took 209 s), so such pages are refused before it sees them; this pass is linear.
/// </summary>
/// <remarks>
/// It follows the standard's tokenizer for where tags start and end (a '&gt;' inside a quoted attribute, comments,
/// raw text such as script), and its tree builder as far as depth needs: which end tags close what (only within
/// scope, so a stray end tag inside a table cell closes nothing), which start tags close a sibling (p, li, td),
/// which tags close themselves (void elements, and "/&gt;" only inside SVG or MathML), how a page leaves SVG, and
/// how formatting elements (b, i, font) are moved and reopened around blocks. Where it cannot follow the parser it
/// mostly keeps elements open, so it errs deep; where a search would cost too much it gives up, and the parse time
/// limit is the backstop.
/// </remarks>
internal sealed class HtmlNesting
{
    // A search this far down the stack or the list of formatting elements gives up as if it found nothing, so that a
    // flood of stray tags costs a bounded amount each; real pages close what they open within a few levels.
    private const int MaxSearch = 64;

    // How many copies of one formatting tag the list keeps between markers (the standard's "Noah's Ark" clause).
    private const int MaxSameFormatting = 3;

    private static readonly Dictionary<string, HtmlElementKind> Kinds = CreateKinds();

    private static readonly Dictionary<string, HtmlElementKind>.AlternateLookup<ReadOnlySpan<char>> KindsByName =
        Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _html;
    private readonly List<HtmlOpenElement> _open = [];

    // The list of active formatting elements, each with its whole start tag; a null element is a marker (a table
    // cell, caption, template or object begins), which bounds what the parser reopens.
    private readonly List<(HtmlOpenElement? Element, string Tag)> _formatting = [];

    // How many elements of each name are open, so that an end tag for none of them costs nothing to ignore.
    private readonly Dictionary<string, int> _openByName = new(StringComparer.Ordinal);

    private HtmlNesting(string html)
    {
        _html = html;
    }

    private bool InForeignContent => _open.Count > 0 && _open[^1].Foreign && !_open[^1].Kind.HasFlag(IntegrationPoint);

    public static bool IsDeeperThan(string html, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        return new HtmlNesting(html).Scan(maxDepth);
    }

    private bool Scan(int maxDepth)
    {
        var i = 0;
        var text = false;
        while (i >= 0 && i < _html.Length)
        {
            var lt = _html.IndexOf('<', i);
            text |= lt != i;
            if (lt < 0 || lt + 1 >= _html.Length)
            {
                break;
            }

            i = lt;
            var next = _html[i + 1];
            if (char.IsAsciiLetter(next) || (next == '/' && i + 2 < _html.Length && char.IsAsciiLetter(_html[i + 2])))
            {
                // Text before a tag reopens formatting elements a block closed, as the parser does.
                if (text && !InForeignContent)
                {
                    ReopenFormatting();
                }

                text = false;
                i = next == '/' ? EndTag(i + 2) : StartTag(i);
                if (_open.Count > maxDepth)
                {
                    return true;
                }
            }
            else if (_html.AsSpan(i + 1).StartsWith("!--"))
            {
                i = SkipComment(i + 4);
            }
            else if (next is '!' or '?' or '/')
            {
                var close = _html.IndexOf('>', i + 2);
                i = close < 0 ? close : close + 1;
            }
            else
            {
                text = true;
                i++;
            }
        }

        // Trailing text can still reopen formatting elements.
        if (text && !InForeignContent)
        {
            ReopenFormatting();
        }

        return _open.Count > maxDepth;
    }

    /// <returns>Where scanning goes on, or -1 when the rest of the page cannot open anything.</returns>
    private int StartTag(int tagStart)
    {
        var (name, kind, end, selfClosing) = ReadTag(tagStart + 1);
        if (end < 0)
        {
            return end;
        }

        if (!Open(name, kind, selfClosing, tagStart..end))
        {
            return end;
        }

        if (kind.HasFlag(RawText))
        {
            return SkipRawText(name, end);
        }

        return name == "plaintext" ? -1 : end;
    }

    private int EndTag(int nameStart)
    {
        var (name, kind, end, _) = ReadTag(nameStart);
        if (end >= 0)
        {
            Close(name, kind);
        }

        return end;
    }

    /// <returns>True when the tag was read as HTML, false when as SVG or MathML.</returns>
    private bool Open(string name, HtmlElementKind kind, bool selfClosing, Range tag)
    {
        if (InForeignContent)
        {
            if (!kind.HasFlag(BreaksOutOfForeign))
            {
                if (!selfClosing)
                {
                    Push(name, kind, foreign: true, tag);
                }

                return false;
            }

            while (InForeignContent)
            {
                PopFrom(_open.Count - 1);
            }
        }

        // The parser keeps one html, head and body, and ignores table parts outside a table.
        if (kind.HasFlag(Singleton) || (!IsOpen("table") && name is "caption" or "colgroup" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th"))
        {
            return true;
        }

        if (kind.HasFlag(ClosesParagraph))
        {
            PopFrom(Find(static e => e.Name == "p", InButtonScope));
        }

        CloseSiblings(name, kind);

        // The parser reopens formatting elements before inline content, not before blocks.
        if (!kind.HasFlag(Special) || name is "applet" or "marquee" or "object" or "area" or "br" or "embed" or "img" or "keygen" or "wbr" or "input" or "select" or "xmp")
        {
            ReopenFormatting();
        }

        if (name is "svg" or "math")
        {
            if (!selfClosing)
            {
                Push(name, kind, foreign: true, tag);
            }

            return false;
        }

        if (!kind.HasFlag(NoContent) && !kind.HasFlag(RawText))
        {
            Push(name, kind, foreign: false, tag);
        }

        return true;
    }

    // Start tags that end an open element the way a browser does, so a page of unclosed <p> or <li> stays shallow.
    private void CloseSiblings(string name, HtmlElementKind kind)
    {
        switch (name)
        {
            case "li":
                PopFrom(Find(static e => e.Name == "li", IsSpecialButNotAddressDivOrP));
                break;
            case "dd" or "dt":
                PopFrom(Find(static e => e.Name is "dd" or "dt", IsSpecialButNotAddressDivOrP));
                break;
            case "button":
                PopFrom(Find(static e => e.Name == "button", InScope));
                break;
            case "a" or "nobr":
                if (AdoptFormatting(name) is { } left)
                {
                    RemoveFormatting(left);
                }

                break;
            case "option" or "optgroup":
                PopTopIf(static e => e.Name == "option");
                break;
            case "td" or "th":
                PopFrom(Find(static e => e.Name is "td" or "th", InTableScope));
                break;
            case "tr":
                PopFrom(Find(static e => e.Name == "tr", InTableScope));
                break;
            case "tbody" or "thead" or "tfoot":
                PopFrom(Find(static e => e.Name is "tbody" or "thead" or "tfoot", InTableScope));
                break;
            case "table" when _open.Count > 0 && _open[^1].Name is "table" or "tbody" or "thead" or "tfoot" or "tr":
                PopFrom(Find(static e => e.Name == "table", InTableScope));
                break;
            case "rb" or "rtc" when Find(static e => e.Name == "ruby", InScope) >= 0:
                PopTopIf(static e => e.Name is "rb" or "rp" or "rt" or "rtc");
                break;
            case "rp" or "rt" when Find(static e => e.Name == "ruby", InScope) >= 0:
                PopTopIf(static e => e.Name is "rb" or "rp" or "rt");
                break;
        }

        if (kind.HasFlag(Heading))
        {
            PopTopIf(static e => e.Kind.HasFlag(Heading));
        }
    }

    private void Close(string name, HtmlElementKind kind)
    {
        // Inside SVG or MathML an end tag closes the nearest foreign element of its name before any HTML one.
        for (var i = _open.Count - 1; i >= 0 && _open[i].Foreign && i >= _open.Count - MaxSearch; i--)
        {
            if (_open[i].Name == name)
            {
                PopFrom(i);
                return;
            }
        }

        if (kind.HasFlag(Singleton))
        {
            return;
        }

        if (kind.HasFlag(Formatting) && AdoptFormatting(name) is not null)
        {
            return;
        }

        if (!kind.HasFlag(Heading) && !IsOpen(name))
        {
            return;
        }

        var found = name switch
        {
            "p" => Find(static e => e.Name == "p", InButtonScope),
            "li" => Find(static e => e.Name == "li", InListItemScope),
            "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption" => Find(e => e.Name == name, InTableScope),
            _ when kind.HasFlag(Heading) => Find(static e => e.Kind.HasFlag(Heading), InScope),
            _ when kind.HasFlag(ClosesParagraph) || name is "button" or "applet" or "marquee" or "object" or "select" =>
                Find(e => e.Name == name, InScope),
            _ => Find(e => e.Name == name, static e => e.Kind.HasFlag(Special)),
        };
        PopFrom(found);
    }

    /// <summary>
    /// The adoption agency, once round: a formatting element with a block inside it moves to just inside that
    /// block; without one it closes like any element.
    /// </summary>
    /// <returns>The formatting list entry it worked on, or null when the list has none for the name.</returns>
    private HtmlOpenElement? AdoptFormatting(string name)
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

    // What a start tag of a or nobr does to one still in the list after the adoption agency: takes it out.
    private void RemoveFormatting(HtmlOpenElement element)
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

    // The parser reopens, as copies, the formatting elements after the last marker that a block closed; a long run
    // of them is reopened only in part, which the parse time limit backs up.
    private void ReopenFormatting()
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

    /// <param name="tag">Where the start tag is: copies of a formatting tag are told apart by their attributes.</param>
    private void Push(string name, HtmlElementKind kind, bool foreign, Range tag)
    {
        var element = new HtmlOpenElement(name, kind, foreign);
        Add(_open.Count, element);
        if (foreign)
        {
            return;
        }

        if (kind.HasFlag(Formatting))
        {
            var text = _html[tag];
            ForgetOldestCopyBeyond(MaxSameFormatting - 1, text);
            _formatting.Add((element, text));
        }
        else if (IsMarker(name))
        {
            _formatting.Add((null, string.Empty));
        }
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

    private bool IsOpen(string name) => _openByName.GetValueOrDefault(name) > 0;

    private void PopTopIf(Func<HtmlOpenElement, bool> match)
    {
        if (_open.Count > 0 && match(_open[^1]))
        {
            PopFrom(_open.Count - 1);
        }
    }

    /// <summary>Pops the element at <paramref name="index"/> and all above it; nothing when it is -1.</summary>
    private void PopFrom(int index)
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

    /// <returns>The index of the topmost open element that matches, or -1 when a barrier comes first.</returns>
    private int Find(Func<HtmlOpenElement, bool> match, Func<HtmlOpenElement, bool> barrier)
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

    private static bool IsMarker(string name) => name is "td" or "th" or "caption" or "template" or "applet" or "object" or "marquee";

    private static bool InScope(HtmlOpenElement e) => e.Kind.HasFlag(ScopeBoundary);

    private static bool InButtonScope(HtmlOpenElement e) => InScope(e) || e.Name == "button";

    private static bool InListItemScope(HtmlOpenElement e) => InScope(e) || e.Name is "ol" or "ul";

    private static bool InTableScope(HtmlOpenElement e) => e.Name is "table" or "template";

    private static bool IsSpecialButNotAddressDivOrP(HtmlOpenElement e) =>
        e.Kind.HasFlag(Special) && e.Name is not ("address" or "div" or "p");

    /// <returns>The tag's name (lower case) and kind, where the tag ends (-1: at the end of the page) and whether it
    /// ends in "/&gt;".</returns>
    private (string Name, HtmlElementKind Kind, int End, bool SelfClosing) ReadTag(int nameStart)
    {
        var i = nameStart;
        while (i < _html.Length && !IsSpace(_html[i]) && _html[i] is not ('/' or '>'))
        {
            i++;
        }

        var span = _html.AsSpan(nameStart, i - nameStart);
        var (name, kind) = KindsByName.TryGetValue(span, out var known, out var knownKind)
            ? (known, knownKind)
            : (span.ToString().ToLowerInvariant(), None);
        var end = SkipAttributes(i, out var selfClosing);
        return (name, kind, end, selfClosing);
    }

    // The tokenizer's attribute states: only a value that opens with a quote is quoted, and in an unquoted value a
    // '/' is part of the value rather than a self-closing mark.
    private int SkipAttributes(int i, out bool selfClosing)
    {
        selfClosing = false;
        while (i < _html.Length)
        {
            var c = _html[i];
            if (IsSpace(c))
            {
                i++;
            }
            else if (c == '>')
            {
                return i + 1;
            }
            else if (c == '/')
            {
                if (i + 1 < _html.Length && _html[i + 1] == '>')
                {
                    selfClosing = true;
                    return i + 2;
                }

                i++;
            }
            else
            {
                // An attribute name; its first character may be '='.
                i++;
                while (i < _html.Length && !IsSpace(_html[i]) && _html[i] is not ('/' or '>' or '='))
                {
                    i++;
                }

                while (i < _html.Length && IsSpace(_html[i]))
                {
                    i++;
                }

                if (i < _html.Length && _html[i] == '=')
                {
                    i = SkipValue(i + 1);
                    if (i < 0)
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }

    private int SkipValue(int i)
    {
        while (i < _html.Length && IsSpace(_html[i]))
        {
            i++;
        }

        if (i < _html.Length && _html[i] is '"' or '\'')
        {
            var close = _html.IndexOf(_html[i], i + 1);
            return close < 0 ? close : close + 1;
        }

        while (i < _html.Length && !IsSpace(_html[i]) && _html[i] != '>')
        {
            i++;
        }

        return i;
    }

    // Comments end at "-->" or "--!>", and "<!-->" and "<!--->" are whole (empty) comments.
    private int SkipComment(int i)
    {
        if (_html.AsSpan(i).StartsWith(">"))
        {
            return i + 1;
        }

        if (_html.AsSpan(i).StartsWith("->"))
        {
            return i + 2;
        }

        for (; (i = _html.IndexOf("--", i, StringComparison.Ordinal)) >= 0; i++)
        {
            var rest = _html.AsSpan(i + 2);
            if (rest.StartsWith(">"))
            {
                return i + 3;
            }

            if (rest.StartsWith("!>"))
            {
                return i + 4;
            }
        }

        return -1;
    }

    // Raw text ends at the first end tag of its own element: "</script" followed by a space, '/' or '>'.
    private int SkipRawText(string name, int i)
    {
        var endTag = "</" + name;
        for (; (i = _html.IndexOf(endTag, i, StringComparison.OrdinalIgnoreCase)) >= 0; i++)
        {
            var after = i + endTag.Length;
            if (after < _html.Length && (IsSpace(_html[after]) || _html[after] is '/' or '>'))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static Dictionary<string, HtmlElementKind> CreateKinds()
    {
        var kinds = new Dictionary<string, HtmlElementKind>(StringComparer.OrdinalIgnoreCase);
        void Add(HtmlElementKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                kinds[name] = kinds.GetValueOrDefault(name) | kind;
            }
        }

        Add(NoContent, "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
        Add(RawText, "iframe", "noembed", "noframes", "script", "style", "textarea", "title", "xmp");
        Add(Singleton, "html", "head", "body");
        Add(
            Special,
            "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption",
            "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
            "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
            "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
            "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary",
            "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp",
            "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc");
        Add(Formatting, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
        Add(
            ScopeBoundary,
            "applet", "caption", "html", "marquee", "object", "table", "td", "th", "template",
            "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title");
        Add(
            ClosesParagraph,
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
            "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "plaintext", "table", "hr", "xmp");
        Add(
            BreaksOutOfForeign,
            "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4",
            "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
            "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font");
        Add(IntegrationPoint, "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title");
        Add(Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        return kinds;
    }
}
