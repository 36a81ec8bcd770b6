using ArmsTrace.Training.Corpora;

namespace ArmsTrace.Training.Tests.Corpora;

public sealed class ConlluReaderTests
{
    [Fact]
    public void ConlluReader_RangesAndEmptyNodes_AreSkipped()
    {
        const string text = "# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
            + "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n3.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t_\t_\n"
            + "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
        var s = Assert.Single(ConlluReader.Read(new StringReader(text)));
        Assert.Equal(["I", "do", "n't", "know", "."], s.Forms);
        Assert.Equal([3, 3, 3, -1, 3], s.Heads);
    }
}
