using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Ner;
using ArmsTrace.Training.Ner;

namespace ArmsTrace.Training.Tests.Ner;

public sealed class NerTrainerTests
{
    [Fact]
    public void Train_ToySentences_LearnsThem()
    {
        NerSentence[] data =
        [
            new(["Putin", "met", "Raisi", "in", "Tehran", "."], ["B-PER", "O", "B-PER", "O", "B-LOC", "O"]),
            new(["Hezbollah", "fired", "rockets", "at", "Israel", "."], ["B-ORG", "O", "O", "O", "B-LOC", "O"]),
            new(["The", "Pentagon", "said", "Lloyd", "Austin", "will", "visit", "Kyiv", "."], ["O", "B-ORG", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ];
        var model = NerTrainer.Train(data, null, 8, seed: 5, EmbeddedAnalysis.Of, stackIterations: 4);
        var scores = NerTrainer.Evaluate(model, data, EmbeddedAnalysis.Of);
        Assert.True(EntitySpans.F1(scores["ALL"]) >= 0.9);
    }

    [Fact]
    public void WriteRead_TrainedModel_KeepsGivenNamesAndPredictions()
    {
        NerSentence[] data =
        [
            new(["Shanna", "met", "Raisi", "in", "Tehran", "."], ["B-PER", "O", "B-PER", "O", "B-LOC", "O"]),
            new(["Hezbollah", "fired", "rockets", "at", "Israel", "."], ["B-ORG", "O", "O", "O", "B-LOC", "O"]),
        ];
        var model = NerTrainer.Train(data, null, 4, seed: 5, EmbeddedAnalysis.Of, stackIterations: 2, given: Gazetteer.GivenNames());
        using var file = new MemoryStream();
        model.Write(file);
        file.Position = 0;
        var read = NerModel.Read(file);

        Assert.Equal(model.Given.Count, read.Given.Count);
        string[][] sentences = [["Hector", "met", "Raisi", "in", "Tehran", "."]];
        Assert.Equal(model.PredictDocument(sentences, NlpModels.Tagger, NlpModels.Parser)[0], read.PredictDocument(sentences, NlpModels.Tagger, NlpModels.Parser)[0]);
    }

    [Fact]
    public void Train_WithLowercaseCopies_FindsNamesWrittenWithoutCapitals()
    {
        NerSentence[] data =
        [
            new(["Putin", "met", "Raisi", "in", "Tehran", "."], ["B-PER", "O", "B-PER", "O", "B-LOC", "O"]) { Document = "a" },
            new(["Hezbollah", "fired", "rockets", "at", "Israel", "."], ["B-ORG", "O", "O", "O", "B-LOC", "O"]) { Document = "b" },
            new(["The", "Pentagon", "said", "Lloyd", "Austin", "will", "visit", "Kyiv", "."], ["O", "B-ORG", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]) { Document = "c" },
        ];
        var lowered = data.Select(s => s with { Words = [.. s.Words.Select(w => w.ToLowerInvariant())] }).ToArray();

        var cased = NerTrainer.Train(data, null, 8, seed: 5, EmbeddedAnalysis.Of, stackIterations: 4);
        var mixed = NerTrainer.Train(data, null, 8, seed: 5, EmbeddedAnalysis.Of, stackIterations: 4, lowercaseEvery: 1);

        var casedF1 = EntitySpans.F1(NerTrainer.Evaluate(cased, lowered, EmbeddedAnalysis.Of)["ALL"]);
        var mixedF1 = EntitySpans.F1(NerTrainer.Evaluate(mixed, lowered, EmbeddedAnalysis.Of)["ALL"]);
        Assert.True(mixedF1 > casedF1, $"lower-cased text: F1 {mixedF1:0.00} with copies, {casedF1:0.00} without");
        Assert.True(EntitySpans.F1(NerTrainer.Evaluate(mixed, data, EmbeddedAnalysis.Of)["ALL"]) >= 0.9);
    }
}
