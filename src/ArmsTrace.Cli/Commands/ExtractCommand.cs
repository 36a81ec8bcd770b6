using System.CommandLine;
using ArmsTrace.Cli.Loading;
using ArmsTrace.Core.Output;
using ArmsTrace.Core.Pipeline;

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
        var command = new Command("extract", "Extract entities and claims from documents and print them; nothing is stored");
        command.Arguments.Add(paths);
        command.Options.Add(json);
        command.Options.Add(published);
        command.Options.Add(outlet);
        command.SetAction(parse =>
        {
            var options = new LoadOptions { Published = parse.GetValue(published), Outlet = parse.GetValue(outlet) };
            return Run(parse.GetValue(paths)!, options, Console.OpenStandardOutput(), Console.Error);
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, LoadOptions options, Stream output, TextWriter errors)
    {
        var pipeline = DefaultPipeline.Create();
        var input = new DocumentInput();
        foreach (var document in input.Load(paths, options, errors))
        {
            var context = pipeline.Run(document);
            ExtractionJsonWriter.Write(output, context);
        }

        output.Flush();
        return input.Errors > 0 ? 1 : 0;
    }
}
