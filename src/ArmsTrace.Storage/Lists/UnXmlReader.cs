using System.Xml.Linq;

namespace ArmsTrace.Storage.Lists;

/// <summary>The UN Security Council consolidated list in XML: INDIVIDUAL and ENTITY elements with DATAID, name parts, aliases, nationality and dates of birth.</summary>
internal static class UnXmlReader
{
    public static IReadOnlyList<ListEntry> Parse(string path, XDocument doc)
    {
        var entries = new List<ListEntry>();
        foreach (var e in XmlFields.All(doc.Root!, "INDIVIDUAL").Concat(XmlFields.All(doc.Root!, "ENTITY")))
        {
            var person = e.Name.LocalName == "INDIVIDUAL";
            var id = XmlFields.Text(e, "DATAID") ?? XmlFields.Text(e, "REFERENCE_NUMBER")
                ?? throw new ListImportException($"{path}: line {XmlFields.Line(e)}: <{e.Name.LocalName}> has neither <DATAID> nor <REFERENCE_NUMBER>.");
            var name = XmlFields.Join(XmlFields.Text(e, "FIRST_NAME"), XmlFields.Text(e, "SECOND_NAME"), XmlFields.Text(e, "THIRD_NAME"), XmlFields.Text(e, "FOURTH_NAME"));
            if (name.Length == 0)
            {
                throw new ListImportException($"{path}: line {XmlFields.Line(e)}: <{e.Name.LocalName}> {id} has no <FIRST_NAME>.");
            }

            var aliases = XmlFields.All(e, "ALIAS_NAME").Select(a => a.Value.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var country = XmlFields.All(e, "NATIONALITY").Select(n => XmlFields.Text(n, "VALUE")).FirstOrDefault(c => c is not null)
                ?? XmlFields.All(e, "COUNTRY").Select(c => c.Value.Trim()).FirstOrDefault(c => c.Length > 0);
            var birth = XmlFields.All(e, "INDIVIDUAL_DATE_OF_BIRTH").Select(d => XmlFields.Text(d, "DATE") ?? XmlFields.Text(d, "YEAR")).FirstOrDefault(d => d is not null);
            var programs = new[] { XmlFields.Text(e, "UN_LIST_TYPE") }.OfType<string>().ToList();
            entries.Add(new ListEntry("un-consolidated", id, name, aliases, person ? "person" : "organization", country, ListDates.Normalize(birth), programs));
        }

        return entries;
    }
}
