namespace ArmsTrace.Cli.Commands.Nlp;

/// <summary>Finds the shared datasets folder and opens the files the trainers read.</summary>
internal static class DatasetPaths
{
    public static string Resolve(string? given)
    {
        if (!string.IsNullOrEmpty(given) && Directory.Exists(given))
        {
            return Path.GetFullPath(given);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No datasets folder at '{given}' and no shared/datasets above the current directory.");
    }

    public static string Ewt(string root, string part) => Path.Combine(root, "ud-english-ewt", $"en_ewt-ud-{part}.conllu");

    public static string Gum(string root, string part) => Path.Combine(root, "gum-wikimedia", $"gum-wikimedia-{part}.conllu");

    public static string Uner(string root, string part) => Path.Combine(root, "uner-english-ewt",
        part == "train" ? "en_ewt-ud-train.early-single-annotator.iob2" : $"en_ewt-ud-{part}.iob2");

    public static string Wikigold(string root) => Path.Combine(root, "wikigold", "wikigold.conll.txt");

    public static string Re3d(string root) => Path.Combine(root, "re3d");
}
