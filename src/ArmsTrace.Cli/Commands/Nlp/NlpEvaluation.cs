using System.Diagnostics;
using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Cli.Commands.Nlp;

/// <summary>The nlp eval, eval-ner and parse subcommands.</summary>
internal static class NlpEvaluation
{
    public static int EvalConllu(string path)
    {
        var gold = NlpTraining.ReadConllu(path);
        var tagger = NlpModels.Tagger;
        var sw = Stopwatch.StartNew();
        var m = TaggerTrainer.Evaluate(tagger, gold);
        var tokens = gold.Sum(s => s.Length);
        Console.WriteLine($"UPOS {m.Upos:F2}");
        Console.WriteLine($"XPOS {m.Xpos:F2}");
        Console.WriteLine($"Lemma {m.Lemma:F2}");
        Console.WriteLine($"tokens/s {tokens / sw.Elapsed.TotalSeconds:F0}");
        return 0;
    }

    public static int EvalNer(string path)
    {
        Console.Error.WriteLine($"NER model not available yet ({path})");
        return 1;
    }

    public static int ParseStdin()
    {
        Console.Error.WriteLine("parser not available yet");
        return 1;
    }
}
