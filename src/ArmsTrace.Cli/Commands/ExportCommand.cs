using System.CommandLine;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Exports;

namespace ArmsTrace.Cli.Commands;

/// <summary>`armstrace export`: the stored graph, or one entity's neighbourhood, in STIX 2.1, FollowTheMoney, GraphML or CSV.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "stix (STIX 2.1 bundle), ftm (FollowTheMoney JSON lines), graphml, or csv (entities.csv and claims.csv in the --out folder)",
            Required = true,
        };
        var entity = new Option<string?>("--entity") { Description = "Export only this entity's neighbourhood, as the network view shows it (name, alias or key)" };
        var depth = new Option<int>("--depth") { Description = "Hops from --entity, 1 to 4", DefaultValueFactory = _ => 1 };
        var maxNodes = new Option<int>("--max-nodes") { Description = "Where a neighbourhood stops growing, as on the network view", DefaultValueFactory = _ => 150 };
        var types = new Option<string[]>("--type") { Description = $"Claim types to keep (repeat or comma-separate): {string.Join(", ", ExportFilters.TypeNames)}", AllowMultipleArgumentsPerToken = true };
        var stances = new Option<string[]>("--stance") { Description = $"Stances to keep (repeat or comma-separate): {string.Join(", ", ExportFilters.StanceNames)}", AllowMultipleArgumentsPerToken = true };
        var from = new Option<string?>("--from") { Description = "Claims holding on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Claims holding on or before this date" };
        var asOf = CommonOptions.AsOf();
        var output = new Option<string?>("--out") { Description = "File to write (a folder for csv); standard output when left out" };
        var db = CommonOptions.Database();
        var raw = CommonOptions.Raw();
        var command = new Command("export", "Export claims with their evidence, source document, stance and asserting party for other tools: STIX 2.1 (OpenCTI), FollowTheMoney (Aleph, OpenSanctions), GraphML (Gephi, yEd, Neo4j) or CSV");
        foreach (var o in new Option[] { format, entity, depth, maxNodes, types, stances, from, to, asOf, output, db, raw })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            if (ExportFormats.Parse(parse.GetValue(format)) is not { } f)
            {
                Console.Error.WriteLine($"export: unknown format '{parse.GetValue(format)}'; choose one of {string.Join(", ", ExportFormats.Names)}.");
                return 2;
            }

            var query = new ExportQuery(
                null,
                parse.GetValue(depth),
                Split(parse.GetValue(types)),
                Split(parse.GetValue(stances)),
                parse.GetValue(from),
                parse.GetValue(to),
                Math.Clamp(parse.GetValue(maxNodes), 1, PageLimits.Max),
                parse.GetValue(asOf));
            if (ExportFilters.Problem(query) is { } problem)
            {
                Console.Error.WriteLine($"export: {problem}.");
                return 2;
            }

            return Run(parse.GetValue(db)!, f, query, parse.GetValue(entity), parse.GetValue(output), CommonOptions.View(parse.GetValue(raw)));
        });
        return command;
    }

    private static int Run(string db, ExportFormat format, ExportQuery query, string? entityName, string? output, ClaimView view)
    {
        var location = StoreLocation.Parse(db);
        if (location.Kind == StoreKind.Sqlite && !File.Exists(db))
        {
            Console.Error.WriteLine($"export: no database at {db}; give --db, or ingest documents first.");
            return 2;
        }

        if (format == ExportFormat.Csv && string.IsNullOrWhiteSpace(output))
        {
            Console.Error.WriteLine("export: csv writes two files, entities.csv and claims.csv; give the folder for them with --out.");
            return 2;
        }

        return StoreCommands.WithStore(db, view, store =>
        {
            if (entityName is not null)
            {
                var key = StoreCommands.FindDossier(store, entityName)?.Entity.Key;
                if (key is null)
                {
                    Console.Error.WriteLine($"export: no entity named '{entityName}'. Try `armstrace entities {entityName}`.");
                    return 1;
                }

                query = query with { EntityKey = key };
            }

            var graph = location.OpenGraph();
            try
            {
                var source = new ExportSource(graph.In(view), CliResources.Pipeline.KnowledgeBase);
                if (format == ExportFormat.Csv)
                {
                    Directory.CreateDirectory(output!);
                    WriteFile(Path.Combine(output!, "entities.csv"), s => Exporter.Write(format, source.Read(query), s, CsvTable.Entities));
                    WriteFile(Path.Combine(output!, "claims.csv"), s => Exporter.Write(format, source.Read(query), s, CsvTable.Claims));
                    Console.Error.WriteLine($"export: wrote {Path.Combine(output!, "entities.csv")} and {Path.Combine(output!, "claims.csv")}");
                }
                else if (output is null)
                {
                    using var stdout = Console.OpenStandardOutput();
                    Exporter.Write(format, source.Read(query), stdout);
                }
                else
                {
                    WriteFile(output, s => Exporter.Write(format, source.Read(query), s));
                    Console.Error.WriteLine($"export: wrote {output}");
                }

                return 0;
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"export: {ex.Message}");
                return 1;
            }
            finally
            {
                (graph as IDisposable)?.Dispose();
            }
        });
    }

    /// <summary>Written beside the target and moved into place, so a failed export never leaves half a file under the name asked for.</summary>
    private static void WriteFile(string path, Action<Stream> write)
    {
        var temp = path + ".part";
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(file);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static string[] Split(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
