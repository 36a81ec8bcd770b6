using System.Xml;
using System.Xml.Linq;

namespace ArmsTrace.Storage.Lists;

/// <summary>Namespace-blind reading of list XML: OFAC has changed its namespace over the years, the UN uses none.</summary>
internal static class XmlFields
{
    public static IEnumerable<XElement> Children(XElement e, string name) => e.Elements().Where(c => c.Name.LocalName == name);

    public static IEnumerable<XElement> All(XElement e, string name) => e.Descendants().Where(c => c.Name.LocalName == name);

    public static string? Text(XElement e, string name)
    {
        var value = Children(e, name).FirstOrDefault()?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static int Line(XElement e) => ((IXmlLineInfo)e).LineNumber;

    public static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
