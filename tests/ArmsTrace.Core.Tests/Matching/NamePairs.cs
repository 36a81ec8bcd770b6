namespace ArmsTrace.Core.Tests.Matching;

/// <summary>Reads the labelled pairs in Data/*.tsv: expect, name A, name B.</summary>
internal static class NamePairs
{
    public static IEnumerable<(string File, int Line, bool Merge, string A, string B)> Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Matching", "Data", file);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 3 || parts[0] is not ("merge" or "apart"))
            {
                throw new InvalidDataException($"{file}:{lineNumber}: expected 'merge|apart<TAB>name<TAB>name'");
            }

            yield return (file, lineNumber, parts[0] == "merge", parts[1], parts[2]);
        }
    }
}
