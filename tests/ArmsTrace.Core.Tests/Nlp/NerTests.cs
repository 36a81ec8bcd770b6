using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Ner;
using ArmsTrace.Training.Ner;

namespace ArmsTrace.Core.Tests.Nlp;

public sealed class NerTests
{
    [Fact]
    public void Predict_NewsSentence_FindsPersonAndPlace()
    {
        string[] words = ["President", "Vladimir", "Putin", "visited", "Tehran", "on", "Tuesday", "."];
        var tags = NlpModels.Ner.Predict(words, NlpModels.Tagger, NlpModels.Parser);
        var spans = EntitySpans.FromBio(tags);
        Assert.Contains((1, 3, "PER"), spans);
        Assert.Contains((4, 5, "LOC"), spans);
    }

    [Fact]
    public void PredictDocument_NewsSentences_FindsNamesInEverySentence()
    {
        string[][] sentences =
        [
            ["The", "Pentagon", "said", "Iran", "supplied", "drones", "to", "Russia", "."],
            ["Lloyd", "Austin", "visited", "Kyiv", "on", "Tuesday", "."],
        ];
        var tags = NlpModels.Ner.PredictDocument(sentences, NlpModels.Tagger, NlpModels.Parser);
        Assert.Contains((1, 2, "ORG"), EntitySpans.FromBio(tags[0]));
        Assert.Contains((3, 4, "LOC"), EntitySpans.FromBio(tags[0]));
        Assert.Contains((0, 2, "PER"), EntitySpans.FromBio(tags[1]));
        Assert.Contains((3, 4, "LOC"), EntitySpans.FromBio(tags[1]));
    }

    [Fact]
    public void Knowledge_NameList_MarksRegionsAndOrganisations()
    {
        var knowledge = Gazetteer.Knowledge();
        string[] words = ["flights", "from", "Queensland", "on", "Qantas"];
        var atoms = words.Select(w => WordAtoms.Compute(w)).ToArray();
        var marks = new ulong[words.Length];
        knowledge.Match(atoms, marks);
        Assert.Equal(marks[0], marks[1]);
        Assert.NotEqual(marks[0], marks[2]);
        Assert.NotEqual(marks[0], marks[4]);
        Assert.NotEqual(marks[2], marks[4]);
    }

    [Fact]
    public void Gazetteer_LongestNameWins_AndEachWordGetsItsPosition()
    {
        var names = new Dictionary<ulong, byte>();
        Gazetteer.Add(names, ["New", "York"], Gazetteer.Bit("LOC"));
        Gazetteer.Add(names, ["New", "York", "Times"], Gazetteer.Bit("ORG"));
        Gazetteer.Add(names, ["Iran"], Gazetteer.Bit("LOC"));
        var gazetteer = new Gazetteer(names);
        string[] words = ["the", "new", "york", "times", "on", "Iran", "and", "New", "York"];
        var atoms = words.Select(w => WordAtoms.Compute(w)).ToArray();
        var marks = new ulong[words.Length];
        gazetteer.Match(atoms, marks);
        Assert.Equal(marks[0], marks[4]);
        Assert.Equal(marks[0], marks[6]);
        Assert.NotEqual(marks[1], marks[7]);
        Assert.NotEqual(marks[3], marks[8]);
        Assert.NotEqual(marks[0], marks[5]);
    }

    [Fact]
    public void Gazetteer_KnowledgeBase_ListsCountriesAndPeople()
    {
        var names = new Dictionary<ulong, byte>();
        Gazetteer.AddKnowledgeBase(names);
        var gazetteer = new Gazetteer(names);
        string[] words = ["Ali", "Khamenei", "visited", "Afghanistan"];
        var atoms = words.Select(w => WordAtoms.Compute(w)).ToArray();
        var marks = new ulong[words.Length];
        gazetteer.Match(atoms, marks);
        Assert.NotEqual(marks[2], marks[0]);
        Assert.NotEqual(marks[2], marks[3]);
        Assert.NotEqual(marks[0], marks[3]);
    }

    [Fact]
    public void GivenNames_List_MatchesFirstNamesInAnyCaseAndNothingElse()
    {
        var given = Gazetteer.GivenNames();
        string[] words = ["ask", "shanna", "or", "Hector", "about", "drones"];
        var atoms = words.Select(w => WordAtoms.Compute(w)).ToArray();
        var marks = new ulong[words.Length];
        given.Match(atoms, marks);
        Assert.True(given.Count > 5000);
        Assert.Equal([false, true, false, true, false, false], marks.Select(m => m != Gazetteer.NoMatch));
    }

    [Fact]
    public void Extract_OtherCorpusDocument_AddsOneCorpusTwinPerFeature()
    {
        var doc = new NerDocument();
        doc.StartSentence();
        doc.Add("Ali", "NNP", 1, "nsubj");
        doc.Add("spoke", "VBD", -1, "root");
        NerModel.Prepare(doc, [], Gazetteer.Empty, Gazetteer.Empty, Gazetteer.Empty, WordClusters.Empty);
        var plain = new ulong[NerFeatures.MaxTraining];
        var k = NerFeatures.Extract(doc, 0, 2, 0, stacked: false, plain);

        doc.Domain = FeatureHash.Text("wikigold");
        var twinned = new ulong[NerFeatures.MaxTraining];
        var k2 = NerFeatures.Extract(doc, 0, 2, 0, stacked: false, twinned);

        Assert.Equal(2 * k, k2);
        Assert.Equal(plain[..k], twinned[..k]);
        Assert.Empty(twinned[k..k2].Intersect(plain[..k]));
    }
}
