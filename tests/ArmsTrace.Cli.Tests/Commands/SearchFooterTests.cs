using ArmsTrace.Cli.Commands;
using ArmsTrace.Cli.Tests.Matching;

namespace ArmsTrace.Cli.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class SearchFooterTests
{
    [Fact]
    public void Footer_CountStoppedAtTheCap_SaysMoreThanAndOffersTheNextPage()
    {
        var before = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            ListOutput.Footer(20, 0, 1000, "claims", more: true);
        }
        finally
        {
            Console.SetOut(before);
        }

        Assert.Equal("showing 1-20 of more than 1000 claims; --offset 20 for the next page, or a larger --limit", output.ToString().TrimEnd());
    }
}
