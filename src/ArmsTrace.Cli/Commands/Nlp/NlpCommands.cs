using System.CommandLine;

namespace ArmsTrace.Cli.Commands.Nlp;

/// <summary>Commands that train and measure the statistical NLP models.</summary>
public static class NlpCommands
{
    public static Command CreateTrainCommand()
    {
        var datasets = new Option<string>("--datasets")
        {
            Description = "Folder holding ud-english-ewt, gum-wikimedia, uner-english-ewt, wikigold and re3d",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "datasets"),
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder the model files are written to",
            DefaultValueFactory = _ => Path.Combine("src", "ArmsTrace.Core", "Resources", "models"),
        };
        var only = new Option<string?>("--only") { Description = "Train one model: tagger, parser or ner" };
        only.AcceptOnlyFromAmong("tagger", "parser", "ner");
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling", DefaultValueFactory = _ => 1 };
        var withGum = new Option<bool>("--with-gum") { Description = "Train the tagger and parser on GUM-Wikimedia train (edited news) as well as EWT train" };
        var command = new Command("train", "Train the tagger, parser and NER models from the shared datasets");
        command.Options.Add(datasets);
        command.Options.Add(output);
        command.Options.Add(only);
        command.Options.Add(seed);
        command.Options.Add(withGum);
        command.SetAction(parse => NlpTraining.Run(
            DatasetPaths.Resolve(parse.GetValue(datasets)),
            parse.GetValue(output)!,
            parse.GetValue(only),
            parse.GetValue(seed),
            parse.GetValue(withGum)));
        return command;
    }

    public static Command CreateNlpCommand()
    {
        var command = new Command("nlp", "Evaluate and run the tagger, parser and NER models");
        var conllu = new Option<string>("--conllu") { Description = "CoNLL-U file with gold annotation", Required = true };
        var raw = new Option<bool>("--raw") { Description = "Also start from the raw text (# text comments): score tokens, sentences and aligned UPOS, UAS, LAS" };
        var output = new Option<string?>("--out") { Description = "Also write the tags the parser read and the predicted trees to this CoNLL-U file (gold tokenisation), for reading the errors" };
        var goldTags = new Option<bool>("--gold-tags") { Description = "Parse with the file's gold UPOS and XPOS instead of the tagger's, to see what tagging errors cost the parser (tags are still scored)" };
        var eval = new Command("eval", "Tag and parse a CoNLL-U file with gold tokenisation and score UPOS, XPOS, UAS, LAS");
        eval.Options.Add(conllu);
        eval.Options.Add(raw);
        eval.Options.Add(output);
        eval.Options.Add(goldTags);
        eval.SetAction(parse =>
        {
            var status = NlpEvaluation.EvalConllu(parse.GetValue(conllu)!, parse.GetValue(output), parse.GetValue(goldTags));
            return status != 0 || !parse.GetValue(raw) ? status : RawTextEvaluation.Run(parse.GetValue(conllu)!);
        });
        command.Subcommands.Add(eval);

        var iob2 = new Option<string>("--iob2") { Description = "IOB2 file with gold entities", Required = true };
        var evalNer = new Command("eval-ner", "Score the NER model on an IOB2 file (exact spans)");
        var nerOutput = new Option<string?>("--out") { Description = "Also write each word with its gold and predicted tag (tab-separated) to this file, for reading the errors" };
        evalNer.Options.Add(iob2);
        evalNer.Options.Add(nerOutput);
        evalNer.SetAction(parse => NlpEvaluation.EvalNer(parse.GetValue(iob2)!, parse.GetValue(nerOutput)));
        command.Subcommands.Add(evalNer);

        var parseCommand = new Command("parse", "Read text from stdin and print CoNLL-U");
        parseCommand.SetAction(_ => NlpEvaluation.ParseStdin());
        command.Subcommands.Add(parseCommand);
        return command;
    }
}
