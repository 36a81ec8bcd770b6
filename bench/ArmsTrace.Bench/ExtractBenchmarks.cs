using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;
using BenchmarkDotNet.Attributes;

namespace ArmsTrace.Bench;

/// <summary>BenchmarkDotNet timing of the whole pipeline on one demo-sized article, with allocations.</summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private readonly ExtractionPipeline _pipeline = DefaultPipeline.Create(PipelineResources.Bundled);
    private SourceDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = string.Join('\n', Enumerable.Repeat(
            "Beijing sold Wing Loong II drones to Egypt and Algeria in 2019, officials said. " +
            "Iran-backed Hezbollah received drones from Iran, according to Israel. " +
            "Tehran denied that it had sent drones to Russia before the war.", 20));
        _document = new SourceDocument(text, new DocumentMetadata("bench.txt", Published: "2023-05-01"));
    }

    [Benchmark]
    public int Extract() => _pipeline.Run(_document).Claims.Count;
}
