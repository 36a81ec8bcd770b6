using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArmsTrace.Storage.Searching;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>`search`: full-text search over the stored documents and the evidence sentences of their claims.</summary>
internal static partial class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string[]>("TEXT") { Description = "Words to find (every one must occur; other forms of a word count: 'supplies' finds 'supplied')", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 20, Description = "Documents and claims per page" };
        var offset = new Option<int>("--offset") { Description = "Rows to skip in each list" };
        var raw = CommonOptions.Raw();
        var command = new Command("search", "Find documents (title and text) and claims (evidence sentence) holding every word, best matches first, with the words highlighted");
        command.Arguments.Add(text);
        foreach (var o in new Option[] { db, json, limit, offset, raw })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var query = string.Join(' ', parse.GetValue(text)!);
            if (SearchText.Words(query).Count == 0)
            {
                Console.Error.WriteLine(TerminalText.Escape($"'{query}' has no words to search for (letters or digits)."));
                return 2;
            }

            return StoreCommands.WithStore(parse.GetValue(db)!, CommonOptions.View(parse.GetValue(raw)), store =>
            {
                var found = store.Search(query, parse.GetValue(limit), parse.GetValue(offset));
                if (parse.GetValue(json))
                {
                    Console.WriteLine(JsonSerializer.Serialize(found, CommonOptions.JsonOutput));
                    return 0;
                }

                var documents = new Table().AddColumns("document", "title", "outlet", "published", "passage");
                foreach (var d in found.Documents)
                {
                    documents.AddRow(Plain(d.Key), Plain(d.Title ?? "-"), Plain(d.Outlet ?? "-"), Plain(d.Published ?? "-"), Highlighted(d.Snippet));
                }

                AnsiConsole.Write(documents);
                ListOutput.Footer(found.Documents.Count, Math.Max(0, parse.GetValue(offset)), found.DocumentsTotal, "documents", found.DocumentsMore);
                var claims = new Table().AddColumns("id", "claim", "stance", "evidence");
                foreach (var c in found.Claims)
                {
                    claims.AddRow(
                        c.Id.ToString(CultureInfo.InvariantCulture),
                        Plain($"{c.SubjectName} [{c.Type}] {c.ObjectName}"),
                        c.Stance,
                        Highlighted(c.Evidence) + Plain($" [{c.DocumentKey}]"));
                }

                AnsiConsole.Write(claims);
                ListOutput.Footer(found.Claims.Count, Math.Max(0, parse.GetValue(offset)), found.ClaimsTotal, "claims", found.ClaimsMore);
                return 0;
            });
        });
        return command;
    }

    private static string Plain(string text) => Markup.Escape(TerminalText.Escape(text));

    /// <summary>Matched words in bold; line breaks of the text as spaces, and every part escaped, as stored text may hold markup or control characters.</summary>
    private static string Highlighted(IReadOnlyList<SnippetPart> parts)
    {
        var line = new StringBuilder();
        foreach (var part in parts)
        {
            var text = Markup.Escape(TerminalText.Evidence(Whitespace().Replace(part.Text, " ")));
            line.Append(part.Match ? $"[bold underline]{text}[/]" : text);
        }

        return line.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
