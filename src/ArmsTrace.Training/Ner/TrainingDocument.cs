using ArmsTrace.Core.Nlp.Ner;

namespace ArmsTrace.Training.Ner;

/// <summary>A training document with the gold label of each word and the corpus index of its first sentence.</summary>
internal sealed record TrainingDocument(NerDocument Doc, int[] Gold, int FirstSentence);
