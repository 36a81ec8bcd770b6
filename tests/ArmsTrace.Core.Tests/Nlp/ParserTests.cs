using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Parsing;

namespace ArmsTrace.Core.Tests.Nlp;

public sealed class ParserTests
{
    [Fact]
    public void Parse_SmallTreebank_MatchesExpectedTrees()
    {
        var gold = NlpTestData.SmallTreebank();
        var exact = NlpTestData.ExactTrees();
        var words = 0;
        var attached = 0;
        var labelled = 0;
        for (var k = 0; k < gold.Count; k++)
        {
            var s = gold[k];
            var tags = NlpModels.Tagger.Tag(s.Forms);
            var tree = NlpModels.Parser.Parse(s.Forms, tags.Upos, tags.Xpos);
            if (exact.Contains(k))
            {
                Assert.Equal(s.Heads, tree.Heads);
                Assert.Equal(s.Deprels, tree.Deprels);
            }

            for (var i = 0; i < s.Length; i++)
            {
                words++;
                if (tree.Heads[i] == s.Heads[i])
                {
                    attached++;
                    labelled += tree.Deprels[i] == s.Deprels[i] ? 1 : 0;
                }
            }
        }

        Assert.True(exact.Count >= gold.Count / 2, $"only {exact.Count} of {gold.Count} sentences are checked tree by tree");
        Assert.True(attached >= 0.85 * words, $"UAS {attached}/{words}");
        Assert.True(labelled >= 0.8 * words, $"LAS {labelled}/{words}");
    }

    [Theory]
    [InlineData("Iran sells drones to Russia .", "Iran", "sells", "nsubj")]
    [InlineData("Iran sells drones to Russia .", "drones", "sells", "obj")]
    [InlineData("The company denied the report .", "company", "denied", "nsubj")]
    [InlineData("The company denied the report .", "report", "denied", "obj")]
    [InlineData("He sold the weapons to a militia in Yemen .", "weapons", "sold", "obj")]
    [InlineData("The ship was seized by the navy .", "ship", "seized", "nsubj:pass")]
    [InlineData("The missiles were delivered in March .", "were", "delivered", "aux:pass")]
    public void Parse_KeyArcsOfMainVerb_AreFound(string sentence, string dependent, string head, string relation)
    {
        var words = sentence.Split(' ');
        var tags = NlpModels.Tagger.Tag(words);
        var tree = NlpModels.Parser.Parse(words, tags.Upos, tags.Xpos);
        var d = Array.IndexOf(words, dependent);
        Assert.Equal(head, words[tree.Heads[d]]);
        Assert.Equal(relation, tree.Deprels[d]);
    }

    [Fact]
    public void Parse_AnySentence_GivesOneRootAndATree()
    {
        var words = "Reports say that the rockets , which were made in Iran , reached Hezbollah last week .".Split(' ');
        var tags = NlpModels.Tagger.Tag(words);
        var tree = NlpModels.Parser.Parse(words, tags.Upos, tags.Xpos);
        Assert.Single(tree.Heads, h => h == -1);
        for (var i = 0; i < words.Length; i++)
        {
            var steps = 0;
            for (var h = i; h >= 0; h = tree.Heads[h])
            {
                Assert.True(++steps <= words.Length, "cycle");
            }
        }
    }
}
