using System.CommandLine;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Output;

namespace ArmsTrace.Cli.Commands;

/// <summary>`armstrace extract PATH... --json`: runs the pipeline without storing anything.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var json = CommonOptions.Json("Print one JSON object per document (the evaluation format); the default");
        var published = CommonOptions.Published();
        var outlet = CommonOptions.Outlet();
        var trees = new Option<bool>("--trees") { Description = "Print each sentence's dependency tree as CoNLL-U, with the names found (MISC Entity=) and the claims drawn from it (# claim comments), instead of JSON" };
        var command = new Command("extract", "Extract entities and claims from documents and print them; nothing is stored");
        command.Arguments.Add(paths);
        command.Options.Add(json);
        command.Options.Add(published);
        command.Options.Add(outlet);
        command.Options.Add(trees);
        command.SetAction(parse =>
        {
            var options = new LoadOptions { Published = parse.GetValue(published), Outlet = parse.GetValue(outlet) };
            return Run(parse.GetValue(paths)!, options, Console.OpenStandardOutput(), Console.Error, parse.GetValue(trees));
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, LoadOptions options, Stream output, TextWriter errors, bool trees = false)
    {
        using var text = trees ? new StreamWriter(output, leaveOpen: true) : null;
        var pipeline = DefaultPipeline.Create(CliResources.Pipeline);
        var input = new DocumentInput();
        foreach (var document in input.Load(paths, options, errors))
        {
            var context = pipeline.Run(document);
            if (text is not null)
            {
                TreeWriter.Write(text, context);
            }
            else
            {
                ExtractionJsonWriter.Write(output, context);
            }
        }

        text?.Flush();
        output.Flush();
        return input.Errors > 0 ? 1 : 0;
    }
}
