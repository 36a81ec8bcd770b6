using ArmsTrace.Cli.Commands;
using Spectre.Console;

// Piped into a file or another program, a table keeps one row to a line instead of wrapping at 80 columns.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 1000;
}

return CommandLineApp.Run(args);
