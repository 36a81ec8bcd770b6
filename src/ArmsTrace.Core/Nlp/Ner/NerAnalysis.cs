using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>Tags and dependency tree of one sentence (heads 0-based, -1 for the root) as the recogniser reads them.</summary>
internal sealed record NerAnalysis(string[] Upos, string[] Xpos, int[] Heads, string[] Deprels)
{
    public static NerAnalysis Of(Tagger tagger, Parser parser, string[] words)
    {
        var tags = tagger.Tag(words);
        var tree = parser.Parse(words, tags.Upos, tags.Xpos);
        return new NerAnalysis(tags.Upos, tags.Xpos, tree.Heads, tree.Deprels);
    }
}
