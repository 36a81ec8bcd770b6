using System.Diagnostics;
using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Conllu;
using ArmsTrace.Core.Text;
using ArmsTrace.Training.Corpora;
using ArmsTrace.Training.Ner;

namespace ArmsTrace.Cli.Commands.Nlp;

/// <summary>The nlp eval, eval-ner and parse subcommands.</summary>
internal static class NlpEvaluation
{
    /// <param name="output">Where the predicted analyses go as CoNLL-U, for reading errors; null for nowhere.</param>
    /// <param name="goldTags">Parse with the gold tags instead of the tagger's, to see what tagging errors cost the parser (the tagger is still scored).</param>
    public static int EvalConllu(string path, string? output = null, bool goldTags = false)
    {
        var gold = NlpTraining.ReadConllu(path);
        var load = Stopwatch.StartNew();
        NlpModels.LoadAll();
        var tagger = NlpModels.Tagger;
        var parser = NlpModels.Parser;
        load.Stop();
        long n = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasUniversal = 0;
        foreach (var s in gold.Take(200))
        {
            var t = tagger.Tag(s.Forms);
            parser.Parse(s.Forms, t.Upos, t.Xpos);
        }

        var predicted = new List<ConlluSentence>(output is null ? 0 : gold.Count);
        var sw = Stopwatch.StartNew();
        foreach (var s in gold)
        {
            var t = tagger.Tag(s.Forms);
            var (parseUpos, parseXpos) = goldTags ? (s.Upos, s.Xpos) : (t.Upos, t.Xpos);
            var p = parser.Parse(s.Forms, parseUpos, parseXpos);
            if (output is not null)
            {
                predicted.Add(new ConlluSentence(s.Forms, t.Lemmas, parseUpos, parseXpos, p.Heads, p.Deprels) { Id = s.Id });
            }

            for (var i = 0; i < s.Length; i++)
            {
                n++;
                upos += t.Upos[i] == s.Upos[i] ? 1 : 0;
                xpos += t.Xpos[i] == s.Xpos[i] ? 1 : 0;
                lemma += t.Lemmas[i] == s.Lemmas[i] ? 1 : 0;
                if (p.Heads[i] == s.Heads[i])
                {
                    uas++;
                    las += p.Deprels[i] == s.Deprels[i] ? 1 : 0;
                    lasUniversal += Universal(p.Deprels[i]).SequenceEqual(Universal(s.Deprels[i])) ? 1 : 0;
                }
            }
        }

        sw.Stop();
        if (output is not null)
        {
            using var writer = new StreamWriter(output);
            foreach (var s in predicted)
            {
                if (s.Id.Length > 0)
                {
                    writer.WriteLine("# sent_id = " + s.Id);
                }

                ConlluWriter.Write(writer, s);
            }
        }

        Console.WriteLine($"sentences {gold.Count}, words {n} (gold tokenisation, {(goldTags ? "parsed with gold tags" : "predicted tags")})");
        Console.WriteLine($"UPOS {100.0 * upos / n:F2}");
        Console.WriteLine($"XPOS {100.0 * xpos / n:F2}");
        Console.WriteLine($"Lemma {100.0 * lemma / n:F2}");
        Console.WriteLine($"UAS {100.0 * uas / n:F2}");
        Console.WriteLine($"LAS {100.0 * las / n:F2}");
        Console.WriteLine($"LAS universal labels {100.0 * lasUniversal / n:F2} (subtypes such as nsubj:pass ignored, as in the CoNLL 2018 evaluation)");
        Console.WriteLine($"tokens/s {n / sw.Elapsed.TotalSeconds:F0} (tag+parse, one thread, after a warm-up on 200 sentences)");
        Console.WriteLine($"model load {load.Elapsed.TotalMilliseconds:F0} ms (tagger, parser and NER read in parallel)");
        return 0;
    }

    private static ReadOnlySpan<char> Universal(string label)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? label : label.AsSpan(0, colon);
    }

    /// <param name="output">Where each word goes with its gold and predicted tag (IOB2, tab-separated), for reading errors; null for nowhere.</param>
    public static int EvalNer(string path, string? output = null)
    {
        var gold = NlpTraining.ReadNer(path, NerCorpora.ReadIob2);
        NlpModels.LoadAll();
        var model = NlpModels.Ner;
        NerTrainer.Evaluate(model, [.. gold.Take(200)], EmbeddedAnalysis.Of);
        var predictions = output is null ? null : new List<(string[] Gold, string[] Predicted)>(gold.Count);
        var sw = Stopwatch.StartNew();
        var scores = NerTrainer.Evaluate(model, gold, EmbeddedAnalysis.Of, predictions);
        sw.Stop();
        if (predictions is not null)
        {
            using var writer = new StreamWriter(output!);
            for (var s = 0; s < gold.Count; s++)
            {
                for (var i = 0; i < gold[s].Words.Length; i++)
                {
                    writer.WriteLine($"{gold[s].Words[i]}\t{predictions[s].Gold[i]}\t{predictions[s].Predicted[i]}");
                }

                writer.WriteLine();
            }
        }

        foreach (var (type, c) in scores)
        {
            var p = c.Predicted == 0 ? 0 : 100.0 * c.Tp / c.Predicted;
            var r = c.Gold == 0 ? 0 : 100.0 * c.Tp / c.Gold;
            Console.WriteLine($"{type,-4} P {p:F2} R {r:F2} F1 {100 * EntitySpans.F1(c):F2} (gold {c.Gold}, predicted {c.Predicted})");
        }

        Console.WriteLine($"tokens/s {gold.Sum(s => s.Words.Length) / sw.Elapsed.TotalSeconds:F0} (tagging and parsing included, one thread, after a warm-up)");
        return 0;
    }

    public static int ParseStdin()
    {
        var text = Console.In.ReadToEnd();
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, 0, text.Length, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Default.Split(CleanText.Identity(text), tokens, sentences);
        var tagger = NlpModels.Tagger;
        var parser = NlpModels.Parser;
        var words = sentences.Select(s => Enumerable.Range(s.FirstToken, s.TokenCount).Select(t => text.Substring(tokens[t].Start, tokens[t].Length)).ToArray()).ToList();

        // The whole input is one document: the recogniser reads each name in the light of its other mentions.
        var entities = NlpModels.Ner.PredictDocument(words, tagger, parser);
        for (var s = 0; s < sentences.Count; s++)
        {
            var tags = tagger.Tag(words[s]);
            var tree = parser.Parse(words[s], tags.Upos, tags.Xpos);
            var sentence = new ConlluSentence(words[s], tags.Lemmas, tags.Upos, tags.Xpos, tree.Heads, tree.Deprels);
            ConlluWriter.Write(Console.Out, sentence, text[sentences[s].Span.Start..sentences[s].Span.End].ReplaceLineEndings(" "), [.. entities[s].Select(e => "NER=" + e)]);
        }

        return 0;
    }
}
