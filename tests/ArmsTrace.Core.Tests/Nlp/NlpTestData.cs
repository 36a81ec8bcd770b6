using ArmsTrace.Core.Nlp.Conllu;
using ArmsTrace.Training.Corpora;

namespace ArmsTrace.Core.Tests.Nlp;

internal static class NlpTestData
{
    public static List<ConlluSentence> SmallTreebank()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Nlp", "Data", "small-treebank.conllu"));
        return [.. ConlluReader.Read(reader)];
    }

    /// <summary>Indexes of the sentences marked <c># expect = exact</c>: the parser must get every head and label right.</summary>
    public static HashSet<int> ExactTrees()
    {
        var exact = new HashSet<int>();
        var index = -1;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Nlp", "Data", "small-treebank.conllu")))
        {
            if (line.StartsWith("# sent_id", StringComparison.Ordinal))
            {
                index++;
            }
            else if (line == "# expect = exact")
            {
                exact.Add(index);
            }
        }

        return exact;
    }
}
