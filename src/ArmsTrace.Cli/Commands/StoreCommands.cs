using System.CommandLine;
using System.Text.Json;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Corroboration;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>`ingest`, `entities`, `claims` and `show`: the commands that work on a stored graph.</summary>
internal static class StoreCommands
{
    public static Command Ingest()
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Database();
        var published = CommonOptions.Published();
        var outlet = CommonOptions.Outlet();
        var maxSize = new Option<long>("--max-size") { Description = "Largest file read, in bytes", DefaultValueFactory = _ => LoadOptions.DefaultMaxFileBytes };
        var command = new Command("ingest", "Read documents, extract claims and store them; re-ingesting unchanged text changes nothing, or only corrects its title, url, outlet or date where those differ");
        command.Arguments.Add(paths);
        command.Options.Add(db);
        command.Options.Add(published);
        command.Options.Add(outlet);
        command.Options.Add(maxSize);
        var threads = CommonOptions.Threads();
        command.Options.Add(threads);
        command.SetAction(parse => WithWritableStore(parse.GetValue(db)!, store =>
        {
            var options = new LoadOptions { Published = parse.GetValue(published), Outlet = parse.GetValue(outlet), MaxFileBytes = parse.GetValue(maxSize) };
            using var sharing = StoreLocation.Parse(parse.GetValue(db)!).OpenIngestClaims();
            var t = IngestRunner.Run(store, sharing, parse.GetValue(paths)!, options, Console.Error, parse.GetValue(threads));
            var corrected = t.MetadataUpdated > 0 ? $"{t.MetadataUpdated} metadata updated, " : string.Empty;
            Console.WriteLine($"{t.Added} added, {t.NewVersions} new versions, {t.Unchanged} unchanged, {corrected}{t.Claims} claims stored, {t.Errors} problems");
            return t.Errors > 0 ? 1 : 0;
        }));
        return command;
    }

    public static Command Entities()
    {
        var search = new Argument<string?>("SEARCH") { Description = "Part of a name or alias", Arity = ArgumentArity.ZeroOrOne };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 50, Description = "Rows per page" };
        var offset = new Option<int>("--offset") { Description = "Rows to skip" };
        var raw = CommonOptions.Raw();
        var format = ListOutput.Format();
        var command = new Command("entities", "List stored entities, most connected first");
        command.Arguments.Add(search);
        foreach (var o in new Option[] { db, json, format, limit, offset, raw })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => WithStore(parse.GetValue(db)!, CommonOptions.View(parse.GetValue(raw)), store =>
        {
            var rows = store.FindEntities(parse.GetValue(search), parse.GetValue(limit), parse.GetValue(offset));
            switch (ListOutput.Of(parse, format, json))
            {
                case ListOutput.Json:
                    Console.WriteLine(JsonSerializer.Serialize(rows, CommonOptions.JsonOutput));
                    return 0;
                case ListOutput.Csv:
                    ListOutput.EntitiesCsv(rows);
                    return 0;
            }

            var table = new Table().AddColumns("name", "type", "claims", "key");
            foreach (var e in rows)
            {
                table.AddRow(Markup.Escape(e.Name), e.Type, e.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Key));
            }

            AnsiConsole.Write(table);
            ListOutput.Footer(rows.Count, parse.GetValue(offset), store.CountEntities(parse.GetValue(search), null), "entities");
            return 0;
        }));
        return command;
    }

    public static Command Claims()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var type = new Option<string?>("--type") { Description = "supply, manufacture, use, attack, sanction, sponsor, part_of, role, located_in, visit, meeting" };
        var entity = new Option<string?>("--entity") { Description = "Name or key of an entity on either side" };
        var stance = new Option<string?>("--stance") { Description = "asserted, confirmed, alleged, reported, unconfirmed, denied, intended, possible" };
        var text = new Option<string?>("--text") { Description = "Words in the evidence sentence" };
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 50, Description = "Rows per page" };
        var offset = new Option<int>("--offset") { Description = "Rows to skip" };
        var raw = CommonOptions.Raw();
        var format = ListOutput.Format();
        var asOf = CommonOptions.AsOf();
        var minSources = CommonOptions.MinSources();
        var command = new Command("claims", "List stored claims with their evidence");
        foreach (var o in new Option[] { db, json, format, type, entity, stance, text, limit, offset, raw, asOf, minSources })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => ClaimNameErrors.Check(parse.GetValue(type), parse.GetValue(stance)) ?? WithStore(parse.GetValue(db)!, CommonOptions.View(parse.GetValue(raw)), store =>
        {
            string? key = null;
            if (parse.GetValue(entity) is { } name)
            {
                key = FindDossier(store, name)?.Entity.Key;
                if (key is null)
                {
                    Console.Error.WriteLine($"No entity named '{name}'.");
                    return 1;
                }
            }

            var filter = new ClaimFilter(parse.GetValue(type), key, parse.GetValue(stance), null, parse.GetValue(text), parse.GetValue(limit), parse.GetValue(offset), parse.GetValue(asOf), parse.GetValue(minSources));
            var rows = store.FindClaims(filter);
            switch (ListOutput.Of(parse, format, json))
            {
                case ListOutput.Json:
                    PrintClaims(rows, json: true);
                    return 0;
                case ListOutput.Csv:
                    ListOutput.ClaimsCsv(rows);
                    return 0;
            }

            PrintClaims(rows, json: false);
            ListOutput.Footer(rows.Count, filter.Offset, store.CountClaims(filter), "claims");
            return 0;
        }));
        return command;
    }

    public static Command Show()
    {
        var name = new Argument<string>("NAME") { Description = "Name, alias or key of an entity" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var raw = CommonOptions.Raw();
        var asOf = CommonOptions.AsOf();
        var command = new Command("show", "Print an entity's dossier: names, type, its facts with their corroboration and stance timeline, and every claim with stance, source, date and evidence");
        command.Arguments.Add(name);
        command.Options.Add(db);
        command.Options.Add(json);
        command.Options.Add(raw);
        command.Options.Add(asOf);
        command.SetAction(parse => WithStore(parse.GetValue(db)!, CommonOptions.View(parse.GetValue(raw)), store =>
        {
            var when = AsOfDate.Normalize(parse.GetValue(asOf));
            var dossier = MergedDossiers.Widen(parse.GetValue(db)!, store, FindDossier(store, parse.GetValue(name)!, when), when);
            if (dossier is null)
            {
                Console.Error.WriteLine($"No entity named '{parse.GetValue(name)}'. Try `armstrace entities {parse.GetValue(name)}`.");
                return 1;
            }

            using var facts = StoreLocation.Parse(parse.GetValue(db)!).OpenFacts();
            var summaries = facts.Facts(new FactQuery(EntityKey: dossier.Entity.Key, AsOf: when, Limit: 100));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { dossier.Entity, dossier.Names, Facts = summaries, dossier.Claims }, CommonOptions.JsonOutput));
                return 0;
            }

            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(dossier.Entity.Name)}[/] ({dossier.Entity.Type}, {Markup.Escape(dossier.Entity.Key)})" + (when is null ? string.Empty : $" as known on {when}"));
            AnsiConsole.MarkupLine($"names: {Markup.Escape(string.Join(", ", dossier.Names))}");
            FactText.PrintFacts(facts, summaries, when);
            PrintClaims(dossier.Claims, false);
            return 0;
        }));
        return command;
    }

    private static void PrintClaims(IReadOnlyList<StoredClaim> rows, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(rows, CommonOptions.JsonOutput));
            return;
        }

        var table = new Table().AddColumns("id", "claim", "stance", "source", "date", "evidence");
        foreach (var c in rows)
        {
            var what = $"{c.SubjectName} [{c.Type}] {c.ObjectName}" + (c.ItemName is null ? string.Empty : $" ({c.QuantityText ?? c.ItemName})");
            table.AddRow(
                c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + (c.Review is null ? string.Empty : $" ({c.Review})"),
                Markup.Escape(what),
                c.Stance,
                Markup.Escape(c.SourceName ?? "-"),
                Markup.Escape(c.TimeFrom ?? c.Published ?? "-"),
                Markup.Escape($"{TerminalText.Evidence(c.EvidenceText)} [{c.DocumentKey} {c.EvidenceStart}-{c.EvidenceEnd}]"));
        }

        AnsiConsole.Write(table);
    }

    /// <summary>A knowledge-base alias ("Quds Force") finds its entity even when the stored texts spell it otherwise.</summary>
    internal static EntityDossier? FindDossier(IEvidenceStore store, string query, string? asOf = null)
    {
        var folded = NameNormalizer.Normalize(query);
        var known = CliResources.Pipeline.KnowledgeBase.Names().FirstOrDefault(n => NameNormalizer.Normalize(n.Surface) == folded && n.Form == NameForm.Name);
        return (known is null ? null : store.Dossier(known.Entry.Key, asOf)) ?? store.Dossier(query, asOf);
    }

    public static int WithStore(string path, Func<IEvidenceStore, int> action) => WithStore(path, ClaimView.Reviewed, action);

    /// <summary>Opens the store for a command that reads it; a SQLite file that is not there is an error, never created empty.</summary>
    public static int WithStore(string path, ClaimView view, Func<IEvidenceStore, int> action) => MissingDatabase(path) ?? WithWritableStore(path, view, action);

    /// <summary>
    /// 2 with a message when <paramref name="path"/> names a SQLite file that does not exist: a mistyped
    /// --db on a reading command would otherwise create an empty database and show nothing.
    /// </summary>
    public static int? MissingDatabase(string path)
    {
        if (StoreLocation.Parse(path).Kind != StoreKind.Sqlite || File.Exists(path))
        {
            return null;
        }

        Console.Error.WriteLine(TerminalText.Escape($"No database at {path}; give --db, or store documents first (`armstrace ingest PATH --db {path}`)."));
        return 2;
    }

    /// <summary>Opens the store, creating a SQLite file that is not there yet: for commands that write.</summary>
    public static int WithWritableStore(string path, Func<IEvidenceStore, int> action) => WithWritableStore(path, ClaimView.Reviewed, action);

    private static int WithWritableStore(string path, ClaimView view, Func<IEvidenceStore, int> action)
    {
        try
        {
            using var store = StoreLocation.Parse(path).OpenEvidenceStore(view);
            return action(store);
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }
}
