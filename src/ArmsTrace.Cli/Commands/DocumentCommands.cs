using System.CommandLine;
using System.Text.Json;

namespace ArmsTrace.Cli.Commands;

/// <summary>`documents delete`: take a stored document out of the graph; metadata is corrected by ingesting it again.</summary>
internal static class DocumentCommands
{
    public static Command Create()
    {
        var command = new Command("documents", "Manage stored documents (correct a document's title, url, outlet or date by ingesting the same file again with them)");
        command.Subcommands.Add(Delete());
        return command;
    }

    private static Command Delete()
    {
        var key = new Argument<string>("KEY") { Description = "The document's key, as `ingest` stored it (its path below the folder, or its file name)" };
        var db = CommonOptions.Database();
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit log" };
        var by = ReviewCommands.By();
        var json = CommonOptions.Json("Print the deletion as JSON");
        var command = new Command("delete", "Remove a document, every version, with its mentions and claims; judgements on its claims become orphans (`review orphans`); recorded in the audit log");
        command.Arguments.Add(key);
        foreach (var o in new Option[] { db, reason, by, json })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => StoreCommands.WithStore(parse.GetValue(db)!, store =>
        {
            var name = parse.GetValue(key)!;
            var deletion = store.Delete(name, parse.GetValue(reason), parse.GetValue(by)!);
            if (deletion is null)
            {
                Console.Error.WriteLine(TerminalText.Escape($"No document with key '{name}'; `armstrace search WORDS` lists documents with their keys."));
                return 1;
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(deletion, CommonOptions.JsonOutput));
                return 0;
            }

            Console.WriteLine(TerminalText.Escape(
                $"deleted {deletion.Key}: {deletion.Versions} versions, {deletion.Claims} claims; {deletion.OrphanedJudgements} judgements orphaned (`armstrace review orphans`)"));
            return 0;
        }));
        return command;
    }
}
