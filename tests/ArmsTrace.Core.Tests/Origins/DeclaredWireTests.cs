using ArmsTrace.Core.Origins;

namespace ArmsTrace.Core.Tests.Origins;

public sealed class DeclaredWireTests
{
    [Theory]
    [InlineData("KYIV (Reuters) - Air raid sirens sounded across the capital.", null, "reuters")]
    [InlineData("The shipments continued into the spring, Reuters reported on Monday.", null, "reuters")]
    [InlineData("Two officials confirmed the delivery, according to AP.", null, "ap")]
    [InlineData("A senior commander told AFP the drones came by sea.", null, "afp")]
    [InlineData("Nothing in the text says where it came from.", "Yahoo News (Associated Press)", "ap")]
    public void Find_DeclaredAgency_IsNamed(string text, string? outlet, string expected) =>
        Assert.Equal(expected, DeclaredWire.Default.Find(text, outlet)?.Key);

    [Theory]
    [InlineData("The company's cap on exports was lifted.", null)]
    [InlineData("Officials said the apartment was hit twice.", "Harbour Line")]
    public void Find_NoDeclaration_IsNull(string text, string? outlet) =>
        Assert.Null(DeclaredWire.Default.Find(text, outlet));
}
