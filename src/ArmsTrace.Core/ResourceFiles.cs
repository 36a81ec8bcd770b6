using System.Collections.Frozen;
using System.Reflection;

namespace ArmsTrace.Core;

/// <summary>
/// Reads the data files (lexicons, knowledge base, models) embedded in this assembly. Names are
/// folded to dots because MSBuild keeps the folder separator of the build machine in them.
/// </summary>
public static class ResourceFiles
{
    private const string Prefix = "ArmsTrace.Core.Resources.";
    private static readonly Assembly Owner = typeof(ResourceFiles).Assembly;
    private static readonly FrozenDictionary<string, string> Names = Owner.GetManifestResourceNames()
        .ToFrozenDictionary(n => Fold(n), n => n, StringComparer.Ordinal);

    public static Stream Open(string relativePath)
    {
        return Names.TryGetValue(Fold(Prefix + relativePath), out var name) && Owner.GetManifestResourceStream(name) is { } stream
            ? stream
            : throw new FileNotFoundException($"Embedded resource '{relativePath}' is missing from {Owner.GetName().Name}.");
    }

    public static IEnumerable<string> List(string folder)
    {
        var prefix = Fold(Prefix + folder) + ".";
        return Names.Keys
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

    private static string Fold(string name) => name.Replace('/', '.').Replace('\\', '.');
}
