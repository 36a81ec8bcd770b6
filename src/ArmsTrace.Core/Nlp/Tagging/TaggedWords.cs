namespace ArmsTrace.Core.Nlp.Tagging;

/// <summary>Tags and lemmas of one sentence, index-aligned with its words.</summary>
internal sealed record TaggedWords(string[] Upos, string[] Xpos, string[] Lemmas);
