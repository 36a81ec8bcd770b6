using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Conllu;
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

    [Fact]
    public void Train_ToyTreebank_LearnsItsTrainingTrees()
    {
        var gold = NlpTestData.SmallTreebank();
        var examples = gold.Select(s => new ParserExample(s, s.Upos, s.Xpos)).ToList();
        var parser = ParserTrainer.Train(examples, null, 10, seed: 7);
        var (uas, las, _) = ParserTrainer.Evaluate(parser, examples);
        Assert.True(uas >= 90, $"UAS {uas}");
        Assert.True(las >= 80, $"LAS {las}");
    }

    [Fact]
    public void Projectivizer_CrossingArc_IsLiftedToGrandparent()
    {
        int[] heads = [1, -1, 3, 1, 2];
        Assert.False(Projectivizer.IsProjective(heads));
        var lifted = Projectivizer.Lift(heads);
        Assert.True(Projectivizer.IsProjective(lifted));
    }

    [Fact]
    public void ConlluReader_RangesAndEmptyNodes_AreSkipped()
    {
        const string text = "# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
            + "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n3.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t_\t_\n"
            + "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
        var s = Assert.Single(ConlluReader.Read(new StringReader(text)));
        Assert.Equal(["I", "do", "n't", "know", "."], s.Forms);
        Assert.Equal([3, 3, 3, -1, 3], s.Heads);
    }
}
