using System.CommandLine;
using ArmsTrace.Cli.Commands.Nlp;

namespace ArmsTrace.Cli.Commands;

/// <summary>Builds the `armstrace` command tree.</summary>
internal static class CommandLineApp
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("ArmsTrace: open-source reporting on weapons proliferation in, evidence graph out.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(StoreCommands.Ingest());
        root.Subcommands.Add(StoreCommands.Entities());
        root.Subcommands.Add(StoreCommands.Claims());
        root.Subcommands.Add(StoreCommands.Show());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(DocumentCommands.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(DisputesCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(KeyCommands.Keys());
        root.Subcommands.Add(KeyCommands.Users());
        root.Subcommands.Add(ScreenCommands.Screen());
        root.Subcommands.Add(ScreenCommands.ImportList());
        root.Subcommands.Add(MergeCommands.Merges());
        root.Subcommands.Add(MergeCommands.Merge());
        root.Subcommands.Add(MergeCommands.Unmerge());
        root.Subcommands.Add(ReviewCommands.Create());
        root.Subcommands.Add(ReextractCommand.Create());
        root.Subcommands.Add(NlpCommands.CreateTrainCommand());
        root.Subcommands.Add(NlpCommands.CreateNlpCommand());
        return root.Parse(args).Invoke();
    }
}
