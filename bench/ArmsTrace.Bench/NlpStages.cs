using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Ner;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;

namespace ArmsTrace.Bench;

/// <summary>
/// The statistical models as the NLP benchmarks run them on a tokenised document: the tagger and
/// parser stages, then the recogniser over every sentence in one document it reuses.
/// </summary>
internal sealed class NlpStages
{
    private readonly PosTaggerStage _tagger = new(NlpModels.Tagger);
    private readonly DependencyParserStage _parser = new(NlpModels.Parser);
    private readonly NerDocument _document = new();
    private readonly NerScratch _nerScratch = new();

    private static readonly IPipelineStage[] Splitting = [new ReadingStage(), new TokenizerStage(), new SentenceSplitterStage()];

    /// <summary>
    /// Reads, tokenises and splits a document into a context that keeps its scratch space, so the
    /// model stages can run on it again and again outside a pipeline run.
    /// </summary>
    public static AnalysisContext Prepare(SourceDocument document)
    {
        var context = new AnalysisContext(document);
        foreach (var stage in Splitting)
        {
            stage.Run(context);
        }

        return context;
    }

    /// <summary>Loads the three embedded models, so that no benchmark times their loading.</summary>
    public static void LoadModels()
    {
        _ = NlpModels.Tagger;
        _ = NlpModels.Parser;
        _ = NlpModels.Ner;
    }

    public void Tag(AnalysisContext context) => _tagger.Run(context);

    public void Parse(AnalysisContext context) => _parser.Run(context);

    public void Ner(AnalysisContext context)
    {
        _document.Clear();
        foreach (var s in context.Sentences)
        {
            _document.AddSentence(context, s);
        }

        NlpModels.Ner.Predict(_document, _nerScratch);
    }

    public void TagAndParse(AnalysisContext context)
    {
        _tagger.Run(context);
        _parser.Run(context);
    }

    public void TagParseAndNer(AnalysisContext context)
    {
        TagAndParse(context);
        Ner(context);
    }
}
