using ArmsTrace.Core.Nlp.Conllu;

namespace ArmsTrace.Core.Tests.Nlp;

internal static class NlpTestData
{
    public static List<ConlluSentence> SmallTreebank()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Nlp", "Data", "small-treebank.conllu"));
        return [.. ConlluReader.Read(reader)];
    }
}
