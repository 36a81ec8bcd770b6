using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;
using ArmsTrace.Core.Text;
using BenchmarkDotNet.Attributes;

namespace ArmsTrace.Bench;

/// <summary>
/// The models of <see cref="NlpBenchmarks"/> over the whole demo corpus (25 articles) instead of
/// one short text run again and again. Varied text reaches many more rows of the weight tables,
/// which no longer stay in the processor's caches, so this is the figure to expect on new text.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class NlpCorpusBenchmarks
{
    private readonly NlpStages _stages = new();
    private List<AnalysisContext> _contexts = null!;

    public int TokenCount => _contexts.Sum(c => c.Tokens.Count);

    [GlobalSetup]
    public void Setup()
    {
        _contexts = [.. Directory.GetFiles(Path.Combine(RepositoryRoot(), "data", "demo"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => NlpStages.Prepare(new SourceDocument(File.ReadAllText(f), new DocumentMetadata(Path.GetFileName(f)))))];
        NlpStages.LoadModels();
        Console.WriteLine($"// NlpCorpusBenchmarks: {_contexts.Count} documents, {TokenCount} tokens");
    }

    [Benchmark]
    public int TagParseAndNer()
    {
        foreach (var context in _contexts)
        {
            _stages.TagParseAndNer(context);
        }

        return _contexts.Count;
    }

    /// <summary>BenchmarkDotNet runs a copy of this project under its bin folder; the corpus is found from there.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArmsTrace.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ArmsTrace.sln above {AppContext.BaseDirectory}.");
    }
}
