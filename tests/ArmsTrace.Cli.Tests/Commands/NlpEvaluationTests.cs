using ArmsTrace.Cli.Commands.Nlp;
using ArmsTrace.Core.Nlp.Conllu;
using ArmsTrace.Training.Corpora;

namespace ArmsTrace.Cli.Tests.Commands;

public sealed class NlpEvaluationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("armstrace-nlp-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void EvalConllu_WithOut_WritesOnePredictedTreePerGoldSentenceUnderItsId()
    {
        var gold = Path.Combine(_dir, "gold.conllu");
        File.WriteAllText(gold, """
            # sent_id = t-0001
            1	Tehran	Tehran	PROPN	NNP	_	2	nsubj	_	_
            2	ships	ship	VERB	VBZ	_	0	root	_	_
            3	drones	drone	NOUN	NNS	_	2	obj	_	_
            4	.	.	PUNCT	.	_	2	punct	_	_

            # sent_id = t-0002
            1	They	they	PRON	PRP	_	2	nsubj	_	_
            2	denied	deny	VERB	VBD	_	0	root	_	_
            3	it	it	PRON	PRP	_	2	obj	_	_
            4	.	.	PUNCT	.	_	2	punct	_	_


            """);
        var predicted = Path.Combine(_dir, "predicted.conllu");

        Assert.Equal(0, NlpEvaluation.EvalConllu(gold, predicted));

        using var reader = new StreamReader(predicted);
        var sentences = ConlluReader.Read(reader).ToList();
        Assert.Equal(["t-0001", "t-0002"], sentences.Select(s => s.Id));
        Assert.Equal(["Tehran", "ships", "drones", "."], sentences[0].Forms);
        Assert.Single(sentences[0].Heads, h => h < 0);
        Assert.All(sentences, s => Assert.All(s.Deprels, d => Assert.False(string.IsNullOrEmpty(d))));
    }

    [Fact]
    public void EvalConllu_WithGoldTags_ParsesWithTheFilesTagsNotTheTaggers()
    {
        // The gold file gives a made-up word a tag (FW) the tagger has no reason to choose, so
        // the written tags tell which tags the parser read.
        var gold = Path.Combine(_dir, "gold.conllu");
        File.WriteAllText(gold, """
            # sent_id = g-0001
            1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
            2	sells	sell	VERB	VBZ	_	0	root	_	_
            3	zzdrones	zzdrone	X	FW	_	2	obj	_	_
            4	.	.	PUNCT	.	_	2	punct	_	_


            """);
        var withGold = Path.Combine(_dir, "gold-tags.conllu");
        var withPredicted = Path.Combine(_dir, "predicted-tags.conllu");

        Assert.Equal(0, NlpEvaluation.EvalConllu(gold, withGold, goldTags: true));
        Assert.Equal(0, NlpEvaluation.EvalConllu(gold, withPredicted));

        Assert.Equal(["NNP", "VBZ", "FW", "."], ReadOne(withGold).Xpos);
        Assert.NotEqual("FW", ReadOne(withPredicted).Xpos[2]);
    }

    private static ConlluSentence ReadOne(string path)
    {
        using var reader = new StreamReader(path);
        return Assert.Single(ConlluReader.Read(reader));
    }

    [Fact]
    public void EvalNer_WithOut_WritesEachWordWithGoldAndPredictedTag()
    {
        var gold = Path.Combine(_dir, "gold.iob2");
        File.WriteAllText(gold, """
            # sent_id = doc-0001
            1	Ali	B-PER	-	-
            2	Karimi	I-PER	-	-
            3	flew	O	-	-
            4	to	O	-	-
            5	Moscow	B-LOC	-	-
            6	.	O	-	-


            """);
        var predicted = Path.Combine(_dir, "predicted.tsv");

        Assert.Equal(0, NlpEvaluation.EvalNer(gold, predicted));

        var lines = File.ReadAllLines(predicted);
        Assert.Equal(7, lines.Length);
        Assert.Equal("", lines[^1]);
        var first = lines[0].Split('\t');
        Assert.Equal(["Ali", "B-PER"], first[..2]);
        Assert.Equal(3, first.Length);
        Assert.Equal(["Moscow", "B-LOC"], lines[4].Split('\t')[..2]);
    }
}
