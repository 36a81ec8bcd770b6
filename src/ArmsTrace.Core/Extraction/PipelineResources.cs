using ArmsTrace.Core.Claims.Confidence;
using ArmsTrace.Core.Claims.Finders.WordTriggers;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Reading;
using ArmsTrace.Core.Text;
using NerModel = ArmsTrace.Core.Nlp.Ner.NerModel;

namespace ArmsTrace.Core.Extraction;

/// <summary>
/// What the stages read: the knowledge base, the gazetteer built from it, the lexicons and the statistical models.
/// Whoever runs extraction (the command line, the server) builds one and passes it to every
/// pipeline; it is read-only, so pipelines on any number of threads share it.
/// </summary>
public sealed class PipelineResources
{
    private static readonly Lazy<PipelineResources> LazyBundled = new(() => new PipelineResources(KnowledgeBase.Bundled));

    public PipelineResources(KnowledgeBase knowledgeBase)
    {
        KnowledgeBase = knowledgeBase ?? throw new ArgumentNullException(nameof(knowledgeBase));
        Gazetteer = new Gazetteer(knowledgeBase.Names(), Tokenizer);
    }

    /// <summary>The bundled knowledge base alone, without the user's folders (tests, benchmarks).</summary>
    public static PipelineResources Bundled => LazyBundled.Value;

    public KnowledgeBase KnowledgeBase { get; }

    public Gazetteer Gazetteer { get; }

    public BoilerplateRules Boilerplate { get; } = BoilerplateRules.Default;

    public Tokenizer Tokenizer { get; } = Tokenizer.Default;

    public SentenceSplitter SentenceSplitter { get; } = SentenceSplitter.Default;

    public TriggerLexicon Triggers { get; } = TriggerLexicon.Default;

    public ConfidenceTable Confidence { get; } = ConfidenceTable.Default;

    internal Tagger Tagger => NlpModels.Tagger;

    internal Parser Parser => NlpModels.Parser;

    internal NerModel Ner => NlpModels.Ner;

    /// <summary>The bundled knowledge base extended by the folders of a PATH-style list (the value of <see cref="KnowledgeBase.UserFoldersVariable"/>).</summary>
    public static PipelineResources WithUserFolders(string? folders) =>
        string.IsNullOrWhiteSpace(folders) ? Bundled : new PipelineResources(KnowledgeBase.WithUserFolders(folders));
}
