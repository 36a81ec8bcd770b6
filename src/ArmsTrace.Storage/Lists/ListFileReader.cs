using System.Xml;
using System.Xml.Linq;

namespace ArmsTrace.Storage.Lists;

/// <summary>Reads a sanctions list file, telling its format from its content: XML by root element, JSON lines, or OFAC's CSV.</summary>
internal static class ListFileReader
{
    public static (ListFormat Format, IReadOnlyList<ListEntry> Entries) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ListImportException($"{path}: cannot be read: {ex.Message}", ex);
        }

        return Parse(path, text);
    }

    public static (ListFormat Format, IReadOnlyList<ListEntry> Entries) Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.IsEmpty)
        {
            throw new ListImportException($"{path}: the file is empty.");
        }

        (ListFormat, IReadOnlyList<ListEntry>) result = start[0] switch
        {
            '<' => ParseXml(path, text),
            '{' => (ListFormat.FollowTheMoney, FollowTheMoneyReader.Parse(path, text)),
            _ => (ListFormat.OfacSdnCsv, OfacCsvReader.Parse(path, text)),
        };
        if (result.Item2.Count == 0)
        {
            throw new ListImportException($"{path}: no list entries found in the {Describe(result.Item1)} file.");
        }

        return result;
    }

    public static string Describe(ListFormat format) => format switch
    {
        ListFormat.OfacSdnXml => "OFAC SDN XML",
        ListFormat.OfacSdnCsv => "OFAC SDN CSV",
        ListFormat.UnConsolidatedXml => "UN consolidated list XML",
        _ => "FollowTheMoney JSON lines",
    };

    private static (ListFormat, IReadOnlyList<ListEntry>) ParseXml(string path, string text)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new ListImportException($"{path}: line {ex.LineNumber}, column {ex.LinePosition}: not well-formed XML: {ex.Message}", ex);
        }

        var root = doc.Root!.Name.LocalName;
        return root switch
        {
            "sdnList" => (ListFormat.OfacSdnXml, OfacXmlReader.Parse(path, doc)),
            "CONSOLIDATED_LIST" => (ListFormat.UnConsolidatedXml, UnXmlReader.Parse(path, doc)),
            _ => throw new ListImportException($"{path}: root element <{root}> is neither an OFAC <sdnList> nor a UN <CONSOLIDATED_LIST>."),
        };
    }
}
