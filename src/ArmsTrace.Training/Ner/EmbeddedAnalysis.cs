using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Ner;

namespace ArmsTrace.Training.Ner;

/// <summary>Analyses corpus sentences as the shipped models would at run time.</summary>
internal static class EmbeddedAnalysis
{
    /// <summary>Tags and tree of the sentence by the embedded tagger and parser.</summary>
    public static NerAnalysis Of(NerSentence sentence) => NerAnalysis.Of(NlpModels.Tagger, NlpModels.Parser, sentence.Words);
}
