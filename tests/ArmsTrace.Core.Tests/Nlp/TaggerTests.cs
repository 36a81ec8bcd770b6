using ArmsTrace.Core.Nlp;
using ArmsTrace.Training.Tagging;

namespace ArmsTrace.Core.Tests.Nlp;

public sealed class TaggerTests
{
    [Fact]
    public void Tag_OwnSentence_GivesExpectedUposAndLemmas()
    {
        var t = NlpModels.Tagger.Tag(["Iran", "sells", "drones", "to", "Russia", "."]);
        Assert.Equal(["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"], t.Upos);
        Assert.Equal(["NNP", "VBZ", "NNS", "IN", "NNP", "."], t.Xpos);
        Assert.Equal(["Iran", "sell", "drone", "to", "Russia", "."], t.Lemmas);
    }

    [Fact]
    public void Tag_SmallTreebank_UposAccuracyAbove90()
    {
        var gold = NlpTestData.SmallTreebank();
        var (upos, _, lemma) = TaggerTrainer.Evaluate(NlpModels.Tagger, gold);
        Assert.True(upos >= 90, $"UPOS {upos}");
        Assert.True(lemma >= 90, $"lemma {lemma}");
    }

    [Fact]
    public void Lemmatize_UnseenRegularForms_UsesSuffixRules()
    {
        var lemmatizer = NlpModels.Tagger.Lemmatizer;
        Assert.Equal("drone", lemmatizer.Lemmatize("drones", "NNS"));
        Assert.Equal("be", lemmatizer.Lemmatize("was", "VBD"));
        Assert.Equal("quadcopter", lemmatizer.Lemmatize("quadcopters", "NNS"));
    }
}
