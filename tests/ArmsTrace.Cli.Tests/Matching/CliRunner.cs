using ArmsTrace.Cli.Commands;
using Spectre.Console;

namespace ArmsTrace.Cli.Tests.Matching;

/// <summary>Runs `armstrace` in-process and returns its exit code with what it printed.</summary>
internal static class CliRunner
{
    private static readonly Lock Gate = new();

    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            using var output = new StringWriter();
            using var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);

            // Spectre keeps the writer it first saw, so each run gets one on this run's output.
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
            try
            {
                var code = CommandLineApp.Run(args);
                return (code, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }
}
