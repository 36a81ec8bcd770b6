using System.Xml.Linq;

namespace ArmsTrace.Storage.Lists;

/// <summary>OFAC's SDN list in XML: sdnEntry elements with uid, lastName/firstName, sdnType, programs, a.k.a.s, addresses and dates of birth.</summary>
internal static class OfacXmlReader
{
    public static IReadOnlyList<ListEntry> Parse(string path, XDocument doc)
    {
        var entries = new List<ListEntry>();
        foreach (var e in XmlFields.All(doc.Root!, "sdnEntry"))
        {
            var uid = XmlFields.Text(e, "uid") ?? throw new ListImportException($"{path}: line {XmlFields.Line(e)}: <sdnEntry> has no <uid>.");
            var name = XmlFields.Join(XmlFields.Text(e, "firstName"), XmlFields.Text(e, "lastName"));
            if (name.Length == 0)
            {
                throw new ListImportException($"{path}: line {XmlFields.Line(e)}: <sdnEntry> {uid} has no <lastName>.");
            }

            var aliases = XmlFields.All(e, "aka")
                .Select(a => XmlFields.Join(XmlFields.Text(a, "firstName"), XmlFields.Text(a, "lastName")))
                .Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var country = XmlFields.All(e, "nationality").Select(n => XmlFields.Text(n, "country")).FirstOrDefault(c => c is not null)
                ?? XmlFields.All(e, "address").Select(a => XmlFields.Text(a, "country")).FirstOrDefault(c => c is not null);
            var birth = XmlFields.All(e, "dateOfBirthItem").Select(d => XmlFields.Text(d, "dateOfBirth")).FirstOrDefault(d => d is not null);
            var programs = XmlFields.All(e, "program").Select(p => p.Value.Trim()).Where(p => p.Length > 0).ToList();
            entries.Add(new ListEntry("ofac-sdn", uid, name, aliases, OfacTypes.Normalize(XmlFields.Text(e, "sdnType")), country, ListDates.Normalize(birth), programs));
        }

        return entries;
    }
}
