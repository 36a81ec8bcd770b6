using System.Diagnostics;
using ArmsTrace.Core.Nlp.Conllu;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Cli.Commands.Nlp;

/// <summary>Runs the trainers on the shared datasets and writes the model files.</summary>
internal static class NlpTraining
{
    public const int TaggerIterations = 10;

    public static int Run(string datasets, string outDir, string? only, int seed)
    {
        Directory.CreateDirectory(outDir);
        var train = ReadConllu(DatasetPaths.Ewt(datasets, "train"));
        var dev = ReadConllu(DatasetPaths.Ewt(datasets, "dev"));
        var test = ReadConllu(DatasetPaths.Ewt(datasets, "test"));
        if (only is null or "tagger")
        {
            var sw = Stopwatch.StartNew();
            var tagger = TaggerTrainer.Train(train, dev, TaggerIterations, seed, Console.WriteLine);
            var m = TaggerTrainer.Evaluate(tagger, test);
            Console.WriteLine($"tagger test: UPOS {m.Upos:F2} XPOS {m.Xpos:F2} lemma {m.Lemma:F2} ({sw.Elapsed.TotalSeconds:F0} s)");
            var path = Path.Combine(outDir, "tagger.bin");
            using (var file = File.Create(path))
            {
                tagger.Write(file);
            }

            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB)");
        }

        return 0;
    }

    public static List<ConlluSentence> ReadConllu(string path)
    {
        using var reader = new StreamReader(path);
        return [.. ConlluReader.Read(reader)];
    }
}
