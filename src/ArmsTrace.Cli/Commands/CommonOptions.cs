using System.CommandLine;
using ArmsTrace.Storage.Corroboration;

namespace ArmsTrace.Cli.Commands;

/// <summary>Options several commands share, built fresh for each command.</summary>
internal static class CommonOptions
{
    /// <summary>How every command's --json prints: camelCase names, one line.</summary>
    public static System.Text.Json.JsonSerializerOptions JsonOutput { get; } = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase };

    public static Argument<string[]> Paths(string description = "Files or folders (searched recursively) of .txt, .html, .jsonl documents") =>
        new("PATH") { Description = description, Arity = ArgumentArity.OneOrMore };

    public static Option<string?> Published()
    {
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY, YYYY-MM or YYYY-MM-DD) for every document read" };

        // Date filters compare these as text, so "last week" or 2024-99-99 would sort anywhere.
        published.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && Core.Time.PartialDate.ParseExact(text) is null)
            {
                result.AddError($"--published '{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (a real day).");
            }
        });
        return published;
    }

    public static Option<string?> Outlet() => new("--outlet") { Description = "Outlet (publisher) for every document read" };

    public static Option<bool> Raw() => new("--raw") { Description = "Show the extraction as it came out, ignoring analysts' judgements (default: the reviewed graph)" };

    public static Storage.ClaimView View(bool raw) => raw ? Storage.ClaimView.Raw : Storage.ClaimView.Reviewed;

    public static Option<bool> Json(string description = "Print JSON instead of a table") => new("--json") { Description = description };

    /// <summary>The graph as known on a date; a malformed date is a parse error naming the formats.</summary>
    public static Option<string?> AsOf()
    {
        var option = new Option<string?>("--as-of") { Description = $"Show the graph as built from what was published up to this date ({AsOfDate.Formats}; a year or month means its last day)" };
        option.Validators.Add(result =>
        {
            try
            {
                AsOfDate.Normalize(result.GetValueOrDefault<string?>());
            }
            catch (FormatException ex)
            {
                result.AddError($"--as-of: {ex.Message}.");
            }
        });
        return option;
    }

    /// <summary>Extraction threads; the core count unless given.</summary>
    public static Option<int> Threads()
    {
        var option = new Option<int>("--threads") { Description = "Documents extracted at once (default: one per core); the stored result is the same for any count", DefaultValueFactory = _ => Environment.ProcessorCount };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads must be 1 or more.");
            }
        });
        return option;
    }

    public static Option<int?> MinSources()
    {
        var option = new Option<int?>("--min-sources") { Description = "Only claims whose fact is corroborated by at least this many independent origins" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--min-sources must be 1 or more.");
            }
        });
        return option;
    }

    /// <summary>Every command that opens the store reads it through <see cref="Storage.StoreLocation"/>, which tells the two kinds apart.</summary>
    public const string DatabaseDescription =
        "SQLite database file, or a PostgreSQL URL (postgres://user:password@host:port/db) or connection string (Host=...;Database=...)";

    public static Option<string> Database(string defaultFile = "armstrace.db") => new("--db")
    {
        Description = DatabaseDescription,
        DefaultValueFactory = _ => defaultFile,
    };
}
