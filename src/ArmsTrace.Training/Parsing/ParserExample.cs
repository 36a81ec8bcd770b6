using ArmsTrace.Core.Nlp.Conllu;

namespace ArmsTrace.Training.Parsing;

/// <summary>A gold tree with the tags the parser will see (predicted, so training matches use).</summary>
internal sealed record ParserExample(ConlluSentence Gold, string[] Upos, string[] Xpos);
