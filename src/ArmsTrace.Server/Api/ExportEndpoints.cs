using System.IO.Pipelines;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Exports;
using ArmsTrace.Storage.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ArmsTrace.Server.Api;

internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export", Export)
            .WithTags("Export")
            .WithName("Export")
            .WithSummary("The graph, or with 'entity' that entity's neighbourhood as the network view shows it, or with 'involving' only the claims naming that entity (its dossier's claims; source= only those that source asserts), as format=stix (STIX 2.1 bundle), ftm (FollowTheMoney JSON lines), graphml or csv (table=claims or entities); filters as on the neighbourhood, asOf= as known on that date; streamed")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Export(
        IEvidenceStore store,
        IEvidenceGraph graph,
        PipelineResources resources,
        [FromQuery] string? format,
        [FromQuery] string? entity,
        [FromQuery] string? involving,
        [FromQuery] string? source,
        [FromQuery] int? depth,
        [FromQuery] string? types,
        [FromQuery] string? stances,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] int? limit,
        [FromQuery] string? table,
        [FromQuery] string? asOf)
    {
        if (ExportFormats.Parse(format) is not { } f)
        {
            return Problems.BadRequest($"'format' must be one of {string.Join(", ", ExportFormats.Names)}");
        }

        var csvTable = CsvTable.Claims;
        if (table is not null && !Enum.TryParse(table, ignoreCase: true, out csvTable))
        {
            return Problems.BadRequest("'table' must be claims or entities");
        }

        var query = new ExportQuery(null, depth ?? 1, Paging.List(types), Paging.List(stances), from, to, Math.Clamp(limit ?? 150, 1, Paging.MaxLimit), asOf);
        if (ExportFilters.Problem(query) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var name = "armstrace";
        foreach (var (parameter, value) in new[] { ("involving", involving), ("source", source) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (EntityKeys.Resolve(store, graph, value.Trim()) is not { } found)
            {
                return Problems.NotFound($"no entity '{value}' for '{parameter}'");
            }

            query = parameter == "involving" ? query with { Involving = found } : query with { SourceKey = found };
        }

        if (query.Involving is { } involved)
        {
            name += "-claims-of-" + FileSafe(involved);
        }

        if (!string.IsNullOrWhiteSpace(entity))
        {
            var key = EntityKeys.Resolve(store, graph, entity);
            if (key is null)
            {
                return Problems.NotFound($"no entity '{entity}'");
            }

            query = query with { EntityKey = key };
            name += "-" + FileSafe(key);
        }

        var data = new ExportSource(graph, resources.KnowledgeBase).Read(query);
        var extension = f == ExportFormat.Csv ? csvTable.ToString().ToLowerInvariant() + ".csv" : ExportFormats.Extension(f);
        return Results.Stream(
            async body =>
            {
                // The writers are synchronous and stream from the database; a pipe lets them run on a
                // worker thread while the response is copied out asynchronously, with back-pressure.
                var pipe = new Pipe();
                var writing = Task.Run(async () =>
                {
                    try
                    {
                        using var input = pipe.Writer.AsStream(leaveOpen: true);
                        Exporter.Write(f, data, input, csvTable);
                        input.Flush();
                    }
                    catch (Exception ex)
                    {
                        await pipe.Writer.CompleteAsync(ex);
                        return;
                    }

                    await pipe.Writer.CompleteAsync();
                });
                try
                {
                    await pipe.Reader.CopyToAsync(body);
                }
                finally
                {
                    // A client that hangs up completes the reader, so the writer stops waiting for room.
                    await pipe.Reader.CompleteAsync();
                }

                await writing;
            },
            ExportFormats.MediaType(f),
            $"{name}.{extension}");
    }

    private static string FileSafe(string key) => new([.. key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
