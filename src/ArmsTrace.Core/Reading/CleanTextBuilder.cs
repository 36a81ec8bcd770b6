using System.Net;
using System.Text;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Reading;

/// <summary>
/// Builds the clean view of a raw text: character references such as &amp;#34; decoded,
/// non-breaking spaces made plain, and boilerplate lines found, keeping a map to raw offsets.
/// </summary>
internal static class CleanTextBuilder
{
    private const int MaxEntityLength = 12;

    public static CleanText Build(string raw, BoilerplateRules rules)
    {
        var sb = new StringBuilder(raw.Length);
        var map = new List<int>(raw.Length + 1);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '&' && TryDecodeEntity(raw, i, out var decoded, out var length))
            {
                foreach (var d in decoded)
                {
                    sb.Append(d);
                    map.Add(i);
                }

                i += length;
                continue;
            }

            sb.Append(c is '\u00A0' or '\t' or '\u2009' or '\u202F' ? ' ' : c == '\r' ? '\n' : c);
            map.Add(i);
            i++;
        }

        map.Add(raw.Length);
        var value = sb.ToString();
        return new CleanText(value, [.. map], BoilerplateFinder.Find(value, rules));
    }

    private static bool TryDecodeEntity(string raw, int start, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var end = raw.IndexOf(';', start + 1, Math.Min(MaxEntityLength, raw.Length - start - 1));
        if (end < 0)
        {
            return false;
        }

        var candidate = raw.Substring(start, end - start + 1);
        var result = WebUtility.HtmlDecode(candidate);
        if (result == candidate || result.Length == 0)
        {
            return false;
        }

        decoded = result.Replace('\u00A0', ' ');
        length = candidate.Length;
        return true;
    }
}
