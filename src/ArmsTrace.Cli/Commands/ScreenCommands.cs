using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Matching;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Lists;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>`screen` and `import-list`: names checked against the graph, the knowledge base and imported sanctions lists.</summary>
internal static class ScreenCommands
{
    public static Command ImportList()
    {
        var files = new Argument<string[]>("FILE") { Description = "OFAC SDN XML or CSV (sdn.csv), UN consolidated list XML, or FollowTheMoney JSON lines", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var command = new Command("import-list", "Import sanctions-list entries to screen names against; re-importing replaces entries with the same id");
        command.Arguments.Add(files);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            var failed = 0;
            try
            {
                using var lists = StoreLocation.Parse(parse.GetValue(db)!).OpenLists();
                foreach (var file in parse.GetValue(files)!)
                {
                    try
                    {
                        var (format, entries) = ListFileReader.Read(file);
                        lists.Import(entries, Path.GetFileName(file));
                        Console.WriteLine($"{file}: {entries.Count} entries ({ListFileReader.Describe(format)})");
                    }
                    catch (ListImportException ex)
                    {
                        Console.Error.WriteLine(ex.Message);
                        failed++;
                    }
                }
            }
            catch (StoreException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }

            return failed > 0 ? 1 : 0;
        });
        return command;
    }

    public static Command Screen()
    {
        var file = new Argument<string?>("NAMES_FILE") { Description = "File with one name a line ('#' starts a comment)", Arity = ArgumentArity.ZeroOrOne };
        var names = new Option<string[]>("--name") { Description = "A name to screen (may be repeated)", AllowMultipleArgumentsPerToken = false };
        var type = new Option<string?>("--type") { Description = "person, organization, group, country, place, facility or weapon" };
        var country = new Option<string?>("--country") { Description = "Country name or ISO code" };
        var birth = new Option<string?>("--birth-date") { Description = "Date of birth, YYYY[-MM[-DD]]" };
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 5, Description = "Hits per name" };
        var minScore = new Option<double>("--min-score") { DefaultValueFactory = _ => 0.75, Description = "Lowest score shown (merges need 0.85)" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("screen", "Match names against the graph's entities, the knowledge base and imported lists, best first with scores and reasons");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { names, type, country, birth, limit, minScore, db, json })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var queries = new List<string>(parse.GetValue(names) ?? []);
            if (parse.GetValue(file) is { } path)
            {
                try
                {
                    queries.AddRange(File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"{path}: cannot be read: {ex.Message}");
                    return 1;
                }
            }

            if (queries.Count == 0)
            {
                Console.Error.WriteLine("Nothing to screen: give a NAMES_FILE or --name.");
                return 1;
            }

            EntityType? entityType = null;
            if (parse.GetValue(type) is { } t)
            {
                entityType = EntityTypeNames.Parse(t);
                if (entityType == EntityType.Other && !t.Equals("other", StringComparison.OrdinalIgnoreCase))
                {
                    Console.Error.WriteLine($"--type {t}: not a known type (person, organization, group, country, place, facility, weapon).");
                    return 1;
                }
            }

            try
            {
                var index = new ScreeningIndex(Targets(parse.GetValue(db)!));
                var facts = new MatchFacts(entityType, parse.GetValue(country), parse.GetValue(birth));
                var results = queries.Select(q => (Query: q, Hits: index.Screen(q, facts, parse.GetValue(limit), parse.GetValue(minScore)))).ToList();
                Print(results, parse.GetValue(json));
                return 0;
            }
            catch (StoreException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }
        });
        return command;
    }

    /// <summary>Stored entities under all their mention texts, knowledge-base entries under all their aliases, and list entries.</summary>
    private static List<ScreenEntry> Targets(string path)
    {
        var targets = new List<ScreenEntry>();
        var inGraph = new HashSet<string>(StringComparer.Ordinal);
        var location = StoreLocation.Parse(path);
        using (var merges = location.OpenMerges())
        {
            foreach (var c in merges.Candidates())
            {
                var kb = CliResources.Pipeline.KnowledgeBase.FindByKey(c.Key);
                var aliases = c.Names.Concat(kb?.Aliases ?? []).Where(n => n != c.Name).Distinct(StringComparer.Ordinal).ToList();
                targets.Add(new ScreenEntry(c.Key, c.Name, aliases, EntityTypeNames.Parse(c.Type), kb?.Country, null, "graph"));
                inGraph.Add(c.Key);
            }
        }

        foreach (var e in CliResources.Pipeline.KnowledgeBase.Entries.Where(e => !inGraph.Contains(e.Key)))
        {
            targets.Add(new ScreenEntry(e.Key, e.Name, e.Aliases, e.Type, e.Country, null, "kb"));
        }

        using var lists = location.OpenLists();
        foreach (var l in lists.All())
        {
            targets.Add(new ScreenEntry($"{l.List}:{l.EntryId}", l.Name, l.Aliases, ListType(l.Type), l.Country, l.BirthDate, l.List));
        }

        return targets;
    }

    private static EntityType? ListType(string? type) => type switch
    {
        "person" => EntityType.Person,
        "organization" => EntityType.Organization,
        _ => null,
    };

    private static void Print(List<(string Query, IReadOnlyList<ScreenHit> Hits)> results, bool json)
    {
        if (json)
        {
            var rows = results.Select(r => new
            {
                query = r.Query,
                hits = r.Hits.Select(h => new { id = h.Entry.Id, name = h.Entry.Name, matched = h.MatchedName, score = h.Score, type = h.Entry.Type?.ToName(), country = h.Entry.Country, source = h.Entry.Source, reasons = h.Reasons }),
            });
            Console.WriteLine(JsonSerializer.Serialize(rows, CommonOptions.JsonOutput));
            return;
        }

        var table = new Table().AddColumns("query", "score", "match", "source", "id", "reasons");
        foreach (var (query, hits) in results)
        {
            if (hits.Count == 0)
            {
                table.AddRow(Markup.Escape(query), "-", "no match", "-", "-", "-");
            }

            foreach (var h in hits)
            {
                var match = h.MatchedName == h.Entry.Name ? h.Entry.Name : $"{h.Entry.Name} (as {h.MatchedName})";
                table.AddRow(
                    Markup.Escape(query),
                    h.Score.ToString("0.000", CultureInfo.InvariantCulture),
                    Markup.Escape(match),
                    Markup.Escape(h.Entry.Source),
                    Markup.Escape(h.Entry.Id),
                    Markup.Escape(string.Join("; ", h.Reasons)));
            }
        }

        AnsiConsole.Write(table);
    }
}
