using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Matching;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Merges;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>`merges list|suggest`, `merge` and `unmerge`: judgements that two stored entities are one, each reversible.</summary>
internal static class MergeCommands
{
    public static Command Merges()
    {
        var command = new Command("merges", "List merge judgements, or propose and apply automatic ones");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Suggest());
        return command;
    }

    public static Command Merge()
    {
        var a = new Argument<string>("A") { Description = "Name or key of an entity" };
        var b = new Argument<string>("B") { Description = "Name or key of the entity that is the same" };
        var reason = new Option<string?>("--reason") { Description = "Why they are one (stored with the merge)" };
        var by = new Option<string>("--by") { Description = "Who decides", DefaultValueFactory = _ => Environment.UserName };
        var db = CommonOptions.Database();
        var command = new Command("merge", "Record, as a person's judgement, that two stored entities are one; `unmerge ID` takes it back");
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        command.Options.Add(reason);
        command.Options.Add(by);
        command.Options.Add(db);
        command.SetAction(parse => StoreCommands.WithStore(parse.GetValue(db)!, store =>
        {
            var left = Resolve(store, parse.GetValue(a)!);
            var right = Resolve(store, parse.GetValue(b)!);
            if (left is null || right is null)
            {
                Console.Error.WriteLine($"No entity named '{(left is null ? parse.GetValue(a) : parse.GetValue(b))}'. Try `armstrace entities`.");
                return 1;
            }

            using var merges = StoreLocation.Parse(parse.GetValue(db)!).OpenMerges();
            var match = NameMatcher.Compare(left.Name, right.Name, new MatchFacts(EntityTypeNames.Parse(left.Type)), new MatchFacts(EntityTypeNames.Parse(right.Type)));
            var reasons = new List<string> { parse.GetValue(reason) ?? "decided by hand" };
            reasons.AddRange(match.Reasons.Select(r => "matcher: " + r));
            var record = merges.Merge(left.Key, right.Key, MergeKind.Manual, match.Score, reasons, parse.GetValue(by)!);
            Console.WriteLine($"merge {record.Id}: {left.Name} ({left.Key}) = {right.Name} ({right.Key}); undo with `armstrace unmerge {record.Id}`");
            return 0;
        }));
        return command;
    }

    public static Command Unmerge()
    {
        var id = new Argument<long>("ID") { Description = "Merge id, as `armstrace merges list` shows" };
        var by = new Option<string>("--by") { Description = "Who undoes it", DefaultValueFactory = _ => Environment.UserName };
        var db = CommonOptions.Database();
        var command = new Command("unmerge", "Undo a merge: both entities get their own names and claims back");
        command.Arguments.Add(id);
        command.Options.Add(by);
        command.Options.Add(db);
        command.SetAction(parse => WithMerges(parse.GetValue(db)!, merges =>
        {
            var record = merges.Undo(parse.GetValue(id), parse.GetValue(by)!);
            Console.WriteLine($"merge {record.Id} undone: {record.LeftKey} and {record.RightKey} are separate again");
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var all = new Option<bool>("--all") { Description = "Include undone merges" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("list", "Merges in force (or all with --all), oldest first");
        command.Options.Add(all);
        command.Options.Add(db);
        command.Options.Add(json);
        command.SetAction(parse => WithMerges(parse.GetValue(db)!, merges =>
        {
            var rows = merges.List(parse.GetValue(all));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(rows, CommonOptions.JsonOutput));
                return 0;
            }

            var table = new Table().AddColumns("id", "left", "right", "kind", "score", "by", "state", "reasons");
            foreach (var m in rows)
            {
                table.AddRow(
                    m.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(m.LeftKey),
                    Markup.Escape(m.RightKey),
                    m.Kind.ToString().ToLowerInvariant(),
                    m.Score?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-",
                    Markup.Escape(m.DecidedBy),
                    m.Active ? "in force" : "undone " + m.UndoneAt,
                    Markup.Escape(string.Join("; ", m.Reasons)));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Suggest()
    {
        var apply = new Option<bool>("--apply") { Description = "Store the proposals as automatic merges" };
        var minScore = new Option<double>("--min-score") { DefaultValueFactory = _ => NameMatch.Threshold, Description = "Lowest score proposed" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("suggest", "Propose merges of entities across documents by name similarity and shared neighbours");
        command.Options.Add(apply);
        command.Options.Add(minScore);
        command.Options.Add(db);
        command.Options.Add(json);
        command.SetAction(parse => WithMerges(parse.GetValue(db)!, merges =>
        {
            var items = merges.Candidates()
                .Select(c => new ClusterItem(c.Key, c.Name, EntityTypeNames.Parse(c.Type), c.Names, c.Neighbours))
                .ToList();
            var proposals = EntityClusterer.Propose(items, parse.GetValue(minScore));
            var applied = new List<long>();
            foreach (var p in proposals)
            {
                if (parse.GetValue(apply) && !merges.Cluster(p.LeftKey).Contains(p.RightKey, StringComparer.Ordinal))
                {
                    applied.Add(merges.Merge(p.LeftKey, p.RightKey, MergeKind.Auto, p.Score, p.Reasons, "armstrace").Id);
                }
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { proposals, applied }, CommonOptions.JsonOutput));
                return 0;
            }

            var table = new Table().AddColumns("left", "right", "score", "reasons");
            foreach (var p in proposals)
            {
                table.AddRow(Markup.Escape(p.LeftKey), Markup.Escape(p.RightKey), p.Score.ToString("0.000", CultureInfo.InvariantCulture), Markup.Escape(string.Join("; ", p.Reasons)));
            }

            AnsiConsole.Write(table);
            Console.WriteLine(parse.GetValue(apply) ? $"{applied.Count} merges stored" : $"{proposals.Count} proposals; --apply stores them");
            return 0;
        }));
        return command;
    }

    /// <summary>A knowledge-base alias finds its entity as `show` does; otherwise the store's own name and key lookup.</summary>
    private static StoredEntity? Resolve(IEvidenceStore store, string query) => StoreCommands.FindDossier(store, query)?.Entity;

    private static int WithMerges(string path, Func<IMergeStore, int> action)
    {
        try
        {
            using var merges = StoreLocation.Parse(path).OpenMerges();
            return action(merges);
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }
}
