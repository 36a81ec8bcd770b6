using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ArmsTrace.Cli.Tests.Ingest;

/// <summary>
/// `armstrace ingest` in a process of its own, started from the built CLI beside the tests, so that
/// it can be stopped in its tracks (SIGSTOP), looked at, and killed with SIGKILL as a crash or an
/// out-of-memory kill would end it: no finally block, no dispose, no rollback of its own.
/// </summary>
internal sealed class IngestChild : IDisposable
{
    // Linux numbering; the PostgreSQL fixture these tests share runs on Linux only as well.
    private const int SigCont = 18;
    private const int SigStop = 19;

    private readonly Process _process;
    private readonly Stopwatch _clock;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private IngestChild(Process process, Stopwatch clock)
    {
        _process = process;
        _clock = clock;
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything the run printed on stdout and stderr, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="options">More options for the run, such as <c>--threads</c>.</param>
    public static IngestChild Start(string corpus, string db, params string[] options)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "armstrace.dll"), "ingest", corpus, "--db", db }.Concat(options))
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        return new IngestChild(Process.Start(start) ?? throw new InvalidOperationException("armstrace ingest did not start."), clock);
    }

    /// <summary>True when the run ended within <paramref name="timeout"/>, with its output read to the end.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        // The parameterless wait is the one that also waits for the redirected output to drain.
        _process.WaitForExit();
        return true;
    }

    public void Freeze() => Signal(SigStop);

    public void Resume() => Signal(SigCont);

    /// <summary>SIGKILL (frozen or not), then waits until the process is gone.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    /// <summary>The muxer the tests run under, where it can be told; a machine with dotnet off the PATH still finds it.</summary>
    private static string DotnetHost() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private void Signal(int signal)
    {
        // A run that has just ended cannot be signalled; the caller sees HasExited next.
        if (SendSignal(_process.Id, signal) != 0 && !_process.HasExited)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }
}
