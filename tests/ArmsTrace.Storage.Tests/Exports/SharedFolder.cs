namespace ArmsTrace.Storage.Tests.Exports;

/// <summary>The project's ../shared data, found by walking up from the test folder.</summary>
internal static class SharedFolder
{
    public static string Find(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "shared", .. parts]);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"shared/{string.Join('/', parts)} is not beside the repository");
    }
}
