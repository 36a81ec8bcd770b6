namespace ArmsTrace.Core.Reading.Html;

/// <summary>
/// The HTML tokenizer's rules for where a tag, a comment or raw text ends, as <see cref="HtmlNesting"/> needs them:
/// a '&gt;' inside a quoted attribute value does not end a tag, and script or textarea content is text.
/// </summary>
internal static class HtmlTagReader
{
    /// <summary>Reads the tag whose name starts at <paramref name="nameStart"/>, just after "&lt;" or "&lt;/".</summary>
    /// <returns>
    /// Where its name ends, where the tag ends (just past its '&gt;', or -1 when the page ends first) and whether
    /// it ends in "/&gt;".
    /// </returns>
    public static (int NameEnd, int End, bool SelfClosing) Read(string html, int nameStart)
    {
        var i = nameStart;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        var end = SkipAttributes(html, i, out var selfClosing);
        return (i, end, selfClosing);
    }

    /// <summary>
    /// Skips the comment whose text starts at <paramref name="i"/>, just after "&lt;!--". It ends at "--&gt;" or
    /// "--!&gt;", and "&lt;!--&gt;" and "&lt;!---&gt;" are whole, empty comments.
    /// </summary>
    /// <returns>Just past the comment, or -1 when the page ends first.</returns>
    public static int SkipComment(string html, int i)
    {
        if (html.AsSpan(i).StartsWith(">"))
        {
            return i + 1;
        }

        if (html.AsSpan(i).StartsWith("->"))
        {
            return i + 2;
        }

        for (; (i = html.IndexOf("--", i, StringComparison.Ordinal)) >= 0; i++)
        {
            var rest = html.AsSpan(i + 2);
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

    /// <summary>
    /// Skips the raw text of element <paramref name="name"/> (script, style, textarea...) that starts at
    /// <paramref name="i"/>. It ends at the first end tag of its own element: "&lt;/script" followed by a space,
    /// '/' or '&gt;'.
    /// </summary>
    /// <returns>Where that end tag starts, or -1 when the page ends first.</returns>
    public static int SkipRawText(string html, string name, int i)
    {
        var endTag = "</" + name;
        for (; (i = html.IndexOf(endTag, i, StringComparison.OrdinalIgnoreCase)) >= 0; i++)
        {
            var after = i + endTag.Length;
            if (after < html.Length && (IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return i;
            }
        }

        return -1;
    }

    // The tokenizer's attribute states: only a value that opens with a quote is quoted, and in an unquoted value a
    // '/' is part of the value rather than a self-closing mark.
    private static int SkipAttributes(string html, int i, out bool selfClosing)
    {
        selfClosing = false;
        while (i < html.Length)
        {
            var c = html[i];
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
                if (i + 1 < html.Length && html[i + 1] == '>')
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
                while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
                {
                    i++;
                }

                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] == '=')
                {
                    i = SkipValue(html, i + 1);
                    if (i < 0)
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }

    private static int SkipValue(string html, int i)
    {
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        if (i < html.Length && html[i] is '"' or '\'')
        {
            var close = html.IndexOf(html[i], i + 1);
            return close < 0 ? close : close + 1;
        }

        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        return i;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
