using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArmsTrace.Storage.Lists;

/// <summary>
/// OFAC's sdn.csv: no header, twelve quoted columns (ent_num, name, type, programs, title, five
/// vessel columns, remarks), "-0-" for empty. Individuals are written "LAST, First"; aliases,
/// dates of birth and nationality live in the remarks.
/// </summary>
internal static partial class OfacCsvReader
{
    private const int Columns = 12;

    public static IReadOnlyList<ListEntry> Parse(string path, string text)
    {
        var entries = new List<ListEntry>();
        var lineNumber = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim('\uFEFF', ' ', '\t', '\u001A').Length == 0)
            {
                continue;
            }

            var fields = Split(line, path, lineNumber);
            if (fields.Count != Columns)
            {
                throw new ListImportException($"{path}: line {lineNumber}: expected {Columns} comma-separated columns as in OFAC's sdn.csv, found {fields.Count}.");
            }

            if (!long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new ListImportException($"{path}: line {lineNumber}: the first column (ent_num) should be a number, not '{fields[0]}'.");
            }

            var name = Value(fields[1]) ?? throw new ListImportException($"{path}: line {lineNumber}: entry {fields[0]} has no name.");
            var type = OfacTypes.Normalize(Value(fields[2]));
            var remarks = Value(fields[11]) ?? string.Empty;
            var aliases = AkaPattern().Matches(remarks).Select(m => type == "person" ? Unflip(m.Groups[1].Value) : m.Groups[1].Value).ToList();
            var birth = DobPattern().Match(remarks) is { Success: true } dob ? dob.Groups[1].Value : null;
            var country = NationalityPattern().Match(remarks) is { Success: true } nat ? nat.Groups[1].Value.Trim() : null;
            var programs = (Value(fields[3]) ?? string.Empty).Split(['[', ']', ' '], StringSplitOptions.RemoveEmptyEntries).ToList();
            entries.Add(new ListEntry("ofac-sdn", fields[0], type == "person" ? Unflip(name) : name, aliases, type, country, ListDates.Normalize(birth), programs));
        }

        return entries;
    }

    private static string? Value(string field) => field.Trim() is "" or "-0-" ? null : field.Trim();

    /// <summary>"SOLEIMANI, Qasem" is Qasem Soleimani.</summary>
    private static string Unflip(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? name.Trim() : (name[(comma + 1)..].Trim() + " " + name[..comma].Trim()).Trim();
    }

    private static List<string> Split(string line, string path, int lineNumber)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw new ListImportException($"{path}: line {lineNumber}: a quoted field is not closed.");
        }

        fields.Add(current.ToString());
        return fields;
    }

    [GeneratedRegex(@"a\.k\.a\.\s+'([^']+)'", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AkaPattern();

    [GeneratedRegex(@"DOB\s+([^;]+)", RegexOptions.CultureInvariant)]
    private static partial Regex DobPattern();

    [GeneratedRegex(@"nationality\s+([^;.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NationalityPattern();
}
