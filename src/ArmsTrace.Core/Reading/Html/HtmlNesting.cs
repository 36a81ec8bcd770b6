using static ArmsTrace.Core.Reading.Html.HtmlElementKind;

namespace ArmsTrace.Core.Reading.Html;

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
    private readonly string _html;
    private readonly HtmlOpenElements _open = new();

    private HtmlNesting(string html)
    {
        _html = html;
    }

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
                if (text && !_open.InForeignContent)
                {
                    _open.ReopenFormatting();
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
                i = HtmlTagReader.SkipComment(_html, i + 4);
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
        if (text && !_open.InForeignContent)
        {
            _open.ReopenFormatting();
        }

        return _open.Count > maxDepth;
    }

    /// <returns>Where scanning goes on, or -1 when the rest of the page cannot open anything.</returns>
    private int StartTag(int tagStart)
    {
        var (nameEnd, end, selfClosing) = HtmlTagReader.Read(_html, tagStart + 1);
        var (name, kind) = HtmlElementKinds.Of(_html.AsSpan(tagStart + 1, nameEnd - tagStart - 1));
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
            return HtmlTagReader.SkipRawText(_html, name, end);
        }

        return name == "plaintext" ? -1 : end;
    }

    private int EndTag(int nameStart)
    {
        var (nameEnd, end, _) = HtmlTagReader.Read(_html, nameStart);
        var (name, kind) = HtmlElementKinds.Of(_html.AsSpan(nameStart, nameEnd - nameStart));
        if (end >= 0)
        {
            Close(name, kind);
        }

        return end;
    }

    /// <returns>True when the tag was read as HTML, false when as SVG or MathML.</returns>
    private bool Open(string name, HtmlElementKind kind, bool selfClosing, Range tag)
    {
        if (_open.InForeignContent)
        {
            if (!kind.HasFlag(BreaksOutOfForeign))
            {
                if (!selfClosing)
                {
                    _open.Push(name, kind, foreign: true, tag: null);
                }

                return false;
            }

            while (_open.InForeignContent)
            {
                _open.PopFrom(_open.Count - 1);
            }
        }

        // The parser keeps one html, head and body, and ignores table parts outside a table.
        if (kind.HasFlag(Singleton) || (!_open.IsOpen("table") && name is "caption" or "colgroup" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th"))
        {
            return true;
        }

        if (kind.HasFlag(ClosesParagraph))
        {
            _open.PopFrom(_open.Find(static e => e.Name == "p", HtmlOpenElements.InButtonScope));
        }

        CloseSiblings(name, kind);

        // The parser reopens formatting elements before inline content, not before blocks.
        if (!kind.HasFlag(Special) || name is "applet" or "marquee" or "object" or "area" or "br" or "embed" or "img" or "keygen" or "wbr" or "input" or "select" or "xmp")
        {
            _open.ReopenFormatting();
        }

        if (name is "svg" or "math")
        {
            if (!selfClosing)
            {
                _open.Push(name, kind, foreign: true, tag: null);
            }

            return false;
        }

        if (!kind.HasFlag(NoContent) && !kind.HasFlag(RawText))
        {
            _open.Push(name, kind, foreign: false, tag: kind.HasFlag(Formatting) ? _html[tag] : null);
        }

        return true;
    }

    // Start tags that end an open element the way a browser does, so a page of unclosed <p> or <li> stays shallow.
    private void CloseSiblings(string name, HtmlElementKind kind)
    {
        switch (name)
        {
            case "li":
                _open.PopFrom(_open.Find(static e => e.Name == "li", HtmlOpenElements.IsSpecialButNotAddressDivOrP));
                break;
            case "dd" or "dt":
                _open.PopFrom(_open.Find(static e => e.Name is "dd" or "dt", HtmlOpenElements.IsSpecialButNotAddressDivOrP));
                break;
            case "button":
                _open.PopFrom(_open.Find(static e => e.Name == "button", HtmlOpenElements.InScope));
                break;
            case "a" or "nobr":
                if (_open.AdoptFormatting(name) is { } left)
                {
                    _open.RemoveFormatting(left);
                }

                break;
            case "option" or "optgroup":
                _open.PopTopIf(static e => e.Name == "option");
                break;
            case "td" or "th":
                _open.PopFrom(_open.Find(static e => e.Name is "td" or "th", HtmlOpenElements.InTableScope));
                break;
            case "tr":
                _open.PopFrom(_open.Find(static e => e.Name == "tr", HtmlOpenElements.InTableScope));
                break;
            case "tbody" or "thead" or "tfoot":
                _open.PopFrom(_open.Find(static e => e.Name is "tbody" or "thead" or "tfoot", HtmlOpenElements.InTableScope));
                break;
            case "table" when _open.Top?.Name is "table" or "tbody" or "thead" or "tfoot" or "tr":
                _open.PopFrom(_open.Find(static e => e.Name == "table", HtmlOpenElements.InTableScope));
                break;
            case "rb" or "rtc" when _open.Find(static e => e.Name == "ruby", HtmlOpenElements.InScope) >= 0:
                _open.PopTopIf(static e => e.Name is "rb" or "rp" or "rt" or "rtc");
                break;
            case "rp" or "rt" when _open.Find(static e => e.Name == "ruby", HtmlOpenElements.InScope) >= 0:
                _open.PopTopIf(static e => e.Name is "rb" or "rp" or "rt");
                break;
        }

        if (kind.HasFlag(Heading))
        {
            _open.PopTopIf(static e => e.Kind.HasFlag(Heading));
        }
    }

    private void Close(string name, HtmlElementKind kind)
    {
        // Inside SVG or MathML an end tag closes the nearest foreign element of its name before any HTML one.
        if (_open.FindForeign(name) is var foreign and >= 0)
        {
            _open.PopFrom(foreign);
            return;
        }

        if (kind.HasFlag(Singleton))
        {
            return;
        }

        if (kind.HasFlag(Formatting) && _open.AdoptFormatting(name) is not null)
        {
            return;
        }

        if (!kind.HasFlag(Heading) && !_open.IsOpen(name))
        {
            return;
        }

        var found = name switch
        {
            "p" => _open.Find(static e => e.Name == "p", HtmlOpenElements.InButtonScope),
            "li" => _open.Find(static e => e.Name == "li", HtmlOpenElements.InListItemScope),
            "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption" => _open.Find(e => e.Name == name, HtmlOpenElements.InTableScope),
            _ when kind.HasFlag(Heading) => _open.Find(static e => e.Kind.HasFlag(Heading), HtmlOpenElements.InScope),
            _ when kind.HasFlag(ClosesParagraph) || name is "button" or "applet" or "marquee" or "object" or "select" =>
                _open.Find(e => e.Name == name, HtmlOpenElements.InScope),
            _ => _open.Find(e => e.Name == name, static e => e.Kind.HasFlag(Special)),
        };
        _open.PopFrom(found);
    }
}
