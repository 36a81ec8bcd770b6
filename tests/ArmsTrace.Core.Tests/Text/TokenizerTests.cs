using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var list = new List<Token>();
        Tokenizer.Default.Tokenize(text, 0, text.Length, list);
        return [.. list.Select(t => text[t.Start..t.End])];
    }

    [Theory]
    [InlineData("the U.S. State Department", "the|U.S.|State|Department")]
    [InlineData("Maj. Gen. Mohammad Bagheri said", "Maj.|Gen.|Mohammad|Bagheri|said")]
    [InlineData("almost $1 billion in exports", "almost|$|1|billion|in|exports")]
    [InlineData("7,000 companies and 1.5 percent", "7,000|companies|and|1.5|percent")]
    [InlineData("Hossein Amir-Abdollahian flew Shahed-136 drones.", "Hossein|Amir-Abdollahian|flew|Shahed-136|drones|.")]
    [InlineData("Iran's proxies don't", "Iran|'s|proxies|do|n't")]
    [InlineData("Tehran’s drones", "Tehran|’s|drones")]
    [InlineData("\"We clearly say,\" he said.", "\"|We|clearly|say|,|\"|he|said|.")]
    [InlineData("see https://example.org/a?b=1.", "see|https://example.org/a?b=1|.")]
    [InlineData("(High Mobility Artillery Rocket System)", "(|High|Mobility|Artillery|Rocket|System|)")]
    [InlineData("Iran-backed militias -- reportedly", "Iran-backed|militias|-|-|reportedly")]
    public void Tokenize_NewsEnglish_SplitsAsExpected(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    public static TheoryData<string, string> SpecCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Text", "Data", "tokenizer-cases.txt")))
        {
            var arrow = line.IndexOf(" => ", StringComparison.Ordinal);
            if (line.StartsWith('#') || arrow < 0)
            {
                continue;
            }

            data.Add(line[..arrow], line[(arrow + 4)..]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecCases))]
    public void Tokenize_SpecFile_SplitsAsExpected(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Tokenize_Offsets_PointIntoTheText()
    {
        const string text = "  China sold CH-4 drones.";
        var list = new List<Token>();
        Tokenizer.Default.Tokenize(text, 0, text.Length, list);
        Assert.Equal(2, list[0].Start);
        Assert.Equal("CH-4", text[list[2].Start..list[2].End]);
    }
}
