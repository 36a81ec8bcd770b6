using System.Diagnostics;
using ArmsTrace.Core.Nlp.Ner;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Core.Tests.Nlp;

[Collection(TimingCollection.Name)]
public sealed class ModelLoadTests
{
    [Fact]
    public void Models_Load_TakesUnderOneSecond()
    {
        // The best of three loads, run outside the parallel collections: on a 2-core CI machine a
        // load that shares the cores with other tests measures the scheduler, not the model format.
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            // Read the three files at once, as NlpModels.LoadAll does.
            var sw = Stopwatch.StartNew();
            Parallel.Invoke(
                () => Read("models/tagger.bin", Tagger.Read),
                () => Read("models/parser.bin", Parser.Read),
                () => Read("models/ner.bin", NerModel.Read));
            best = sw.Elapsed < best ? sw.Elapsed : best;
        }

        Assert.True(best < TimeSpan.FromSeconds(1), $"load took {best.TotalMilliseconds:0} ms");
    }

    private static void Read<T>(string resource, Func<Stream, T> read)
    {
        using var s = ResourceFiles.Open(resource);
        read(s);
    }
}
