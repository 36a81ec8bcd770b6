using System.Reflection;

namespace ArmsTrace.Core;

/// <summary>Reads the data files (lexicons, knowledge base, models) embedded in this assembly.</summary>
public static class ResourceFiles
{
    private static readonly Assembly Owner = typeof(ResourceFiles).Assembly;

    public static Stream Open(string relativePath)
    {
        var name = "ArmsTrace.Core.Resources." + relativePath.Replace('/', '.');
        return Owner.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"Embedded resource '{relativePath}' is missing from {Owner.GetName().Name}.");
    }

    public static IEnumerable<string> List(string folder)
    {
        var prefix = "ArmsTrace.Core.Resources." + folder.Replace('/', '.') + ".";
        return Owner.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => folder + "/" + n[prefix.Length..])
            .Order(StringComparer.Ordinal);
    }

    public static IReadOnlyList<string> ReadLines(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
