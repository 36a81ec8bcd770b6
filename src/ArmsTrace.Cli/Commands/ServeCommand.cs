using System.CommandLine;
using ArmsTrace.Server;
using ArmsTrace.Server.Security;
using ArmsTrace.Storage;
using Microsoft.Extensions.Hosting;

namespace ArmsTrace.Cli.Commands;

/// <summary>`armstrace serve`: the HTTP API and pages over one database, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var urls = Urls();
        var command = new Command("serve", "Serve the JSON API (/api, OpenAPI at /openapi/v1.json) and the web pages");
        command.Options.Add(db);
        command.Options.Add(urls);
        command.SetAction(parse => StoreCommands.MissingDatabase(parse.GetValue(db)!) ?? Serve(parse.GetValue(db)!, parse.GetValue(urls)!));
        return command;
    }

    public static Option<string> Urls() => new("--urls")
    {
        Description = "Addresses to listen on, ';'-separated (port 0 picks a free one)",
        DefaultValueFactory = _ => ServerSettings.DefaultUrls,
    };

    public static int Serve(string db, string urls)
    {
        try
        {
            using var app = ArmsTraceServer.Create(new ServerSettings(db, urls));
            app.StartAsync().GetAwaiter().GetResult();
            foreach (var address in ArmsTraceServer.Addresses(app))
            {
                Console.WriteLine($"ArmsTrace is serving {StoreLocation.Parse(db).Display} at {address}/ (API {address}/api, OpenAPI {address}/openapi/v1.json); Ctrl+C stops.");
            }

            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return 0;
        }
        catch (Exception ex) when (ex is StoreException or IOException)
        {
            Console.Error.WriteLine($"serve: {ex.Message}");
            return 1;
        }
        catch (ServerSetupException ex)
        {
            Console.Error.WriteLine($"serve: {ex.Message}");
            return 2;
        }
    }
}
