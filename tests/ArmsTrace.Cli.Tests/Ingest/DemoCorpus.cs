using ArmsTrace.Cli.Tests.Loading;

namespace ArmsTrace.Cli.Tests.Ingest;

internal static class DemoCorpus
{
    /// <summary>The bundled demo articles (data/demo at the repository root), copied so the runs read a folder nothing else touches.</summary>
    /// <returns>The copy's folder, <c>corpus</c> in <paramref name="folder"/>.</returns>
    public static string CopyInto(TempFolder folder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var demo = Path.Combine(dir.FullName, "data", "demo");
            if (Directory.Exists(demo))
            {
                foreach (var file in Directory.GetFiles(demo))
                {
                    folder.Write(Path.Combine("corpus", Path.GetFileName(file)), File.ReadAllBytes(file));
                }

                return folder.PathOf("corpus");
            }
        }

        throw new DirectoryNotFoundException("data/demo is not above " + AppContext.BaseDirectory);
    }
}
