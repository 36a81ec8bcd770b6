using ArmsTrace.Core.Nlp.Ner;

namespace ArmsTrace.Training.Ner;

/// <summary>Words of one sentence with BIO tags over PER, ORG and LOC.</summary>
internal sealed record NerSentence(string[] Words, string[] Tags)
{
    /// <summary>Id of the document the sentence belongs to; consecutive sentences with the same id form one document, an empty id a document of its own.</summary>
    public string Document { get; init; } = "";

    /// <summary>Name of a training corpus other than the one the model is for (see <see cref="NerDocument.Domain"/>), or empty.</summary>
    public string Corpus { get; init; } = "";

    /// <summary>Id of the sentence in its corpus (UD <c>sent_id</c>), or empty.</summary>
    public string Id { get; init; } = "";
}
