using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;
using BenchmarkDotNet.Attributes;

namespace ArmsTrace.Bench;

/// <summary>
/// Tagging, parsing and entity recognition of a fixed news text that is tokenised once in setup,
/// so the numbers are those of the statistical models alone. Tokens per second are
/// <see cref="TokenCount"/> (printed in setup) divided by the time of one operation.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class NlpBenchmarks
{
    private const string Text =
        "Iran has supplied Russia with hundreds of Shahed-136 drones since August, according to officials in Kyiv. "
        + "The drones, which carry a 40 kg warhead, were launched at power stations across Ukraine last week. "
        + "Tehran denied the reports on Tuesday and said it had only sold a small number of drones before the war began. "
        + "A spokesman for the Pentagon said the United States would impose new sanctions on the companies that built the engines. "
        + "Analysts at the Institute for the Study of War believe that a factory near Yelabuga will soon produce the drones in Russia. "
        + "The missiles were delivered by ship to the port of Novorossiysk, where they were loaded onto trains.";

    private readonly NlpStages _stages = new();
    private AnalysisContext _context = null!;

    public int TokenCount => _context.Tokens.Count;

    [GlobalSetup]
    public void Setup()
    {
        _context = NlpStages.Prepare(new SourceDocument(Text, new DocumentMetadata("bench.txt")));
        NlpStages.LoadModels();
        Console.WriteLine($"// NlpBenchmarks text: {TokenCount} tokens in {_context.Sentences.Count} sentences");
    }

    [Benchmark]
    public int Tag()
    {
        _stages.Tag(_context);
        return _context.Tokens.Count;
    }

    [Benchmark]
    public int TagAndParse()
    {
        _stages.TagAndParse(_context);
        return _context.Tokens.Count;
    }

    [Benchmark]
    public int TagParseAndNer()
    {
        _stages.TagParseAndNer(_context);
        return _context.Tokens.Count;
    }
}
