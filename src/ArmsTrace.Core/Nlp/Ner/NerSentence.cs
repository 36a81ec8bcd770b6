namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>Words of one sentence with BIO tags over PER, ORG and LOC.</summary>
internal sealed record NerSentence(string[] Words, string[] Tags);
