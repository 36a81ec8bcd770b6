using System.Diagnostics;
using System.Text;

namespace ArmsTrace.Cli.Tests.Loading;

/// <summary>A scratch folder for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Directory.CreateTempSubdirectory("armstrace-loading-").FullName;
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>
    /// Runs a program in <see cref="Root"/> and fails the test unless it succeeds: FIFOs and names that are not
    /// valid UTF-8 can only be made outside .NET.
    /// </summary>
    public void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = Root, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), $"{program} did not finish");
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
    }

    public void Dispose()
    {
        // Restores permissions a test took away, or the folder could not be deleted.
        if (!OperatingSystem.IsWindows())
        {
            // Skipping links keeps a test's link back to an ancestor from sending this round in circles.
            // File.Exists passes over a name that is not valid UTF-8: .NET gets it mangled, and by that name it is not there.
            var everyFile = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
            foreach (var file in Directory.EnumerateFiles(Root, "*", everyFile).Where(File.Exists))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException) when (!OperatingSystem.IsWindows())
        {
            // .NET cannot name a file whose name is not valid UTF-8, so it cannot delete one either.
            Run("rm", "-rf", Root);
        }
    }
}
