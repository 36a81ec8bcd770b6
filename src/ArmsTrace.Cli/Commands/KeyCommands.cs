using System.CommandLine;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Keys;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>`keys add|list|revoke` and `users`: who may use a shared server, and with what role.</summary>
internal static class KeyCommands
{
    public static Command Keys()
    {
        var command = new Command("keys", "API keys for `serve`: with at least one active key the server asks for one on every API call and may listen beyond this machine");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    public static Command Users()
    {
        var db = CommonOptions.Database();
        var command = new Command("users", "People and services holding active API keys, with their roles");
        command.Options.Add(db);
        command.SetAction(parse => WithKeys(parse.GetValue(db)!, keys =>
        {
            var table = new Table().AddColumns("user", "roles", "active keys");
            foreach (var g in keys.List(includeRevoked: false).GroupBy(k => k.User, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                table.AddRow(Markup.Escape(g.Key), string.Join(", ", g.Select(k => k.Role.ToName()).Distinct()), g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Add()
    {
        var user = new Option<string>("--user") { Description = "Who will use the key (a person or a service)", Required = true };
        var role = new Option<string>("--role") { Description = "reader (read only), analyst (also ingest), admin (everything)", DefaultValueFactory = _ => "reader" };
        var db = CommonOptions.Database();
        var command = new Command("add", "Make a key; it is printed once and only its hash is stored");
        command.Options.Add(user);
        command.Options.Add(role);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            if (KeyRoles.Parse(parse.GetValue(role)) is not { } r)
            {
                Console.Error.WriteLine($"keys add: unknown role '{parse.GetValue(role)}'; choose one of {string.Join(", ", KeyRoles.Names)}.");
                return 2;
            }

            return WithKeys(parse.GetValue(db)!, keys =>
            {
                var made = keys.Create(parse.GetValue(user)!, r, Environment.UserName);
                Console.WriteLine(made.Secret);
                Console.Error.WriteLine($"key {made.Key.Id} for {made.Key.User} ({made.Key.Role.ToName()}); keep it now, it cannot be shown again. Revoke with `armstrace keys revoke {made.Key.Id}`.");
                return 0;
            });
        });
        return command;
    }

    private static Command List()
    {
        var all = new Option<bool>("--all") { Description = "Include revoked keys" };
        var db = CommonOptions.Database();
        var command = new Command("list", "Keys with their user, role and state (never the secret)");
        command.Options.Add(all);
        command.Options.Add(db);
        command.SetAction(parse => WithKeys(parse.GetValue(db)!, keys =>
        {
            var table = new Table().AddColumns("id", "user", "role", "starts", "created", "by", "revoked");
            foreach (var k in keys.List(parse.GetValue(all)))
            {
                table.AddRow(k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(k.User), k.Role.ToName(), Markup.Escape(k.Prefix + "…"), k.CreatedAt, Markup.Escape(k.CreatedBy), k.RevokedAt ?? "");
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Revoke()
    {
        var id = new Argument<long>("ID") { Description = "The key's id, from `keys list`" };
        var db = CommonOptions.Database();
        var command = new Command("revoke", "Stop a key working; a running server notices within a minute");
        command.Arguments.Add(id);
        command.Options.Add(db);
        command.SetAction(parse => WithKeys(parse.GetValue(db)!, keys =>
        {
            var k = keys.Revoke(parse.GetValue(id), Environment.UserName);
            Console.WriteLine($"key {k.Id} of {k.User} revoked");
            return 0;
        }));
        return command;
    }

    private static int WithKeys(string db, Func<IKeyStore, int> action)
    {
        try
        {
            using var keys = StoreLocation.Parse(db).OpenKeys();
            return action(keys);
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }
}
