using System.CommandLine;
using ArmsTrace.Storage.Review;

namespace ArmsTrace.Cli.Commands;

/// <summary>`review entity` and `review entity-undo`: an analyst's name, type, country or parent for an entity.</summary>
internal static class EntityJudgementCommands
{
    public static Command Judge()
    {
        var key = new Argument<string>("KEY") { Description = "Entity key, as `entities` shows" };
        var rename = new Option<string?>("--rename") { Description = "The name to show" };
        var retype = new Option<string?>("--retype") { Description = "person, organization, country, place, facility, weapon, group or other" };
        var country = new Option<string?>("--country") { Description = "The country it belongs to: key or name" };
        var parent = new Option<string?>("--parent") { Description = "The body it is part of: key or name" };
        var reason = new Option<string?>("--reason") { Description = "Why (stored with the judgement)" };
        var by = ReviewCommands.By();
        var db = CommonOptions.Database();
        var command = new Command("entity", "Rename or retype an entity, or set its country or parent; extraction never overwrites it, `review entity-undo ID` takes it back");
        command.Arguments.Add(key);
        foreach (var o in new Option[] { rename, retype, country, parent, reason, by, db })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var set = new (EntityAction Action, string? Value)[]
            {
                (EntityAction.Rename, parse.GetValue(rename)), (EntityAction.Retype, parse.GetValue(retype)),
                (EntityAction.Country, parse.GetValue(country)), (EntityAction.Parent, parse.GetValue(parent)),
            }.Where(s => s.Value is not null).ToList();
            if (set.Count == 0)
            {
                Console.Error.WriteLine("review entity: give one or more of --rename, --retype, --country, --parent.");
                return 2;
            }

            return ReviewCommands.WithReview(parse.GetValue(db)!, review =>
            {
                foreach (var (action, value) in set)
                {
                    var j = review.JudgeEntity(parse.GetValue(key)!, action, value!, parse.GetValue(reason), parse.GetValue(by)!);
                    Console.WriteLine($"entity judgement {j.Id}: {j.Action.ToName()} {j.EntityKey}: {j.Previous ?? "-"} -> {j.Value}; undo with `armstrace review entity-undo {j.Id}`");
                }

                return 0;
            });
        });
        return command;
    }

    public static Command Split()
    {
        var key = new Argument<string>("KEY") { Description = "Entity key, as `entities` shows" };
        var name = new Option<string>("--name") { Description = "The name that was wrongly merged into it, as `show KEY` lists it", Required = true };
        var into = new Option<string>("--into") { Description = "Where those claims belong: an entity key or name, or new:TYPE:NAME", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why (stored with each judgement)" };
        var by = ReviewCommands.By();
        var db = CommonOptions.Database();
        var command = new Command("split", "Split a wrongly merged name off an entity: each claim whose sentence names it so is edited to the other entity (one undoable judgement per claim)");
        command.Arguments.Add(key);
        foreach (var o in new Option[] { name, into, reason, by, db })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => ReviewCommands.WithReview(parse.GetValue(db)!, review =>
        {
            var moved = review.Split(parse.GetValue(key)!, parse.GetValue(name)!, parse.GetValue(into)!, parse.GetValue(reason), parse.GetValue(by)!);
            Console.WriteLine($"{moved.Count} claims moved to {parse.GetValue(into)}: judgements {string.Join(", ", moved.Select(j => j.Id))}");
            return 0;
        }));
        return command;
    }

    public static Command Undo()
    {
        var id = new Argument<long>("JUDGEMENT") { Description = "Entity judgement id" };
        var by = ReviewCommands.By();
        var db = CommonOptions.Database();
        var command = new Command("entity-undo", "Take an entity judgement back");
        command.Arguments.Add(id);
        command.Options.Add(by);
        command.Options.Add(db);
        command.SetAction(parse => ReviewCommands.WithReview(parse.GetValue(db)!, review =>
        {
            var j = review.UndoEntity(parse.GetValue(id), parse.GetValue(by)!);
            Console.WriteLine($"entity judgement {j.Id} ({j.Action.ToName()} {j.EntityKey}) undone by {j.UndoneBy}");
            return 0;
        }));
        return command;
    }
}
