using ArmsTrace.Core.Nlp.Ner;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;

namespace ArmsTrace.Core.Nlp;

/// <summary>
/// The embedded models, each read once on first use. Reading is thread-safe and the models are
/// immutable, so every pipeline and thread shares one copy.
/// </summary>
internal static class NlpModels
{
    private static readonly Lazy<Tagger> LazyTagger = new(() => Load("models/tagger.bin", Tagger.Read));

    private static readonly Lazy<Parser> LazyParser = new(() => Load("models/parser.bin", Parser.Read));

    public static Tagger Tagger => LazyTagger.Value;

    private static readonly Lazy<NerModel> LazyNer = new(() => Load("models/ner.bin", NerModel.Read));

    public static Parser Parser => LazyParser.Value;

    public static NerModel Ner => LazyNer.Value;

    /// <summary>
    /// Reads all three models at once, one per core, so a caller that needs them all waits for
    /// the slowest rather than for the sum; models already read are not read again.
    /// </summary>
    public static void LoadAll() => Parallel.Invoke(() => _ = Tagger, () => _ = Parser, () => _ = Ner);

    private static T Load<T>(string resource, Func<Stream, T> read)
    {
        using var stream = ResourceFiles.Open(resource);
        return read(stream);
    }
}
