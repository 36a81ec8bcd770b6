using ArmsTrace.Storage.Corroboration;
using Spectre.Console;

namespace ArmsTrace.Cli.Commands;

/// <summary>How facts read in the terminal: a corroboration table and one line per stance timeline.</summary>
internal static class FactText
{
    public static string Name(FactSummary f) => $"{f.SubjectName} [{f.Type}] {f.TargetName ?? "-"}";

    /// <summary>"alleged by Ukraine 2022-08-20 → denied by Iran 2022-10-18 → confirmed by ..."</summary>
    public static string Timeline(IEnumerable<FactStep> steps) =>
        string.Join(" → ", steps.Select(s => $"{s.Stance} by {s.Party} {s.Known}"));

    public static string Stances(FactSummary f) => string.Join(", ", f.Stances.Select(s => $"{s.Value} {s.Key}"));

    /// <summary>The table, then the timeline of every fact with more than one claim, since one claim is its own timeline.</summary>
    public static void PrintFacts(IFactGraph facts, IReadOnlyList<FactSummary> summaries, string? asOf)
    {
        if (summaries.Count == 0)
        {
            return;
        }

        var table = new Table().Title("Facts").AddColumns("fact", "independent sources", "asserting parties", "claims", "stances", "first seen", "last seen", "disputed");
        foreach (var f in summaries)
        {
            table.AddRow(
                Markup.Escape(Name(f)),
                Count(f.Origins),
                Count(f.Parties),
                Count(f.Claims),
                Markup.Escape(Stances(f)),
                f.FirstSeen ?? "-",
                f.LastSeen ?? "-",
                f.Disputed ? "[red]" + string.Join(", ", f.Disputes) + "[/]" : "-");
        }

        AnsiConsole.Write(table);
        foreach (var f in summaries.Where(f => f.Claims > 1))
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(Name(f))}[/]: {Markup.Escape(Timeline(facts.Timeline(f.Key, asOf)))}");
        }
    }

    private static string Count(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
