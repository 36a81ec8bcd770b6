namespace ArmsTrace.Storage.Tests.Postgres;

/// <summary>
/// Finds the folder holding the PostgreSQL server programs (initdb, pg_ctl): ARMSTRACE_PG_BIN, then
/// PATH, then <c>pg_config --bindir</c>, then Debian's /usr/lib/postgresql/VERSION/bin, newest first.
/// </summary>
internal static class PostgresBinaries
{
    public const string Variable = "ARMSTRACE_PG_BIN";

    private static readonly string[] Programs = ["initdb", "pg_ctl"];

    /// <exception cref="InvalidOperationException">No folder has both programs; the message says where it looked and what to install.</exception>
    public static string Find()
    {
        var looked = new List<string>();
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            if (HasPrograms(configured))
            {
                return configured;
            }

            throw new InvalidOperationException($"{Variable}={configured}, but that folder lacks {string.Join(" or ", Programs)}.");
        }

        foreach (var candidate in Candidates(looked))
        {
            if (HasPrograms(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "The storage tests start a real PostgreSQL server, but no PostgreSQL server programs (initdb, pg_ctl) were found. "
            + $"Looked in: {string.Join(", ", looked)}. Install PostgreSQL (Debian: apt-get install postgresql; .ci/run does this) "
            + $"or set {Variable} to the folder holding initdb and pg_ctl.");
    }

    private static IEnumerable<string> Candidates(List<string> looked)
    {
        looked.Add("PATH");
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return folder;
        }

        looked.Add("pg_config --bindir");
        if (PgConfigBinDir() is { } bindir)
        {
            yield return bindir;
        }

        looked.Add("/usr/lib/postgresql/*/bin");
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var versions = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Folder: d, Version: double.TryParse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0))
                .OrderByDescending(d => d.Version);
            foreach (var (folder, _) in versions)
            {
                yield return Path.Combine(folder, "bin");
            }
        }
    }

    private static bool HasPrograms(string folder) => Programs.All(p => File.Exists(Path.Combine(folder, p)));

    private static string? PgConfigBinDir()
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pg_config", "--bindir")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No pg_config on PATH.
            return null;
        }
    }
}
