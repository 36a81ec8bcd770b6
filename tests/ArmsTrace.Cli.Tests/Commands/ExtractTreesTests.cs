using ArmsTrace.Cli.Commands;
using ArmsTrace.Cli.Loading;

namespace ArmsTrace.Cli.Tests.Commands;

public sealed class ExtractTreesTests
{
    [Fact]
    public void Extract_WithTrees_PrintsConlluWithNamesAndClaims()
    {
        var file = Path.Combine(Path.GetTempPath(), $"armstrace-trees-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Iran shipped Shahed drones to Russia by sea.\n");
        try
        {
            using var output = new MemoryStream();
            var code = ExtractCommand.Run([file], LoadOptions.Default, output, TextWriter.Null, trees: true);
            var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
            Assert.Equal(0, code);
            Assert.Contains("# text = Iran shipped Shahed drones to Russia by sea.", text, StringComparison.Ordinal);
            Assert.Contains("# claim = supply Iran -> Russia", text, StringComparison.Ordinal);
            var iran = text.Split('\n').Single(l => l.StartsWith("1\tIran\t", StringComparison.Ordinal)).Split('\t');
            Assert.Equal("nsubj", iran[7]);
            Assert.StartsWith("Entity=B-country", iran[9], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
