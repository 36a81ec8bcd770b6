using System.Text;
using System.Xml;

namespace ArmsTrace.Storage.Exports.GraphMl;

/// <summary>XML 1.0 cannot carry some control characters a scraped page may hold; they become spaces so the file still parses.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
            }
            else
            {
                cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
                cleaned.Append(' ');
            }
        }

        return cleaned?.ToString() ?? text;
    }
}
