using ArmsTrace.Cli.Commands;

namespace ArmsTrace.Cli.Tests.Loading;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("plain/report.txt", "plain/report.txt")]
    [InlineData("C:\\docs\\caf\u00e9 \u0434\u0440\u043e\u043d \U0001F680.txt", "C:\\docs\\caf\u00e9 \u0434\u0440\u043e\u043d \U0001F680.txt")]
    [InlineData("\u001b[2Jwiped.txt", "\\x1b[2Jwiped.txt")]
    [InlineData("bell\u0007tab\tnl\ndel\u007f", "bell\\x07tab\\x09nl\\x0adel\\x7f")]
    [InlineData("csi\u009b31m", "csi\\u009b31m")]
    [InlineData("\u202etxt.exe", "\\u202etxt.exe")]
    [InlineData("isolate\u2066x\u2069 mark\u200f sep\u2028", "isolate\\u2066x\\u2069 mark\\u200f sep\\u2028")]
    public void Escape_ControlsAndBidiOverrides_AreWrittenOut(string text, string expected)
    {
        Assert.Equal(expected, TerminalText.Escape(text));
    }

    [Fact]
    public void Escape_LoneSurrogate_IsWrittenOut()
    {
        // Built at run time: attribute arguments cannot carry half a character.
        var text = "lone " + (char)0xD800 + " high";

        Assert.Equal("lone \\ud800 high", TerminalText.Escape(text));
    }
}
