namespace ArmsTrace.Core.Nlp.Conllu;

/// <summary>
/// One sentence of syntactic words. <see cref="Heads"/> are 0-based indexes into the sentence,
/// -1 for the root, so they match the pipeline's convention without an off-by-one at every use.
/// </summary>
internal sealed class ConlluSentence
{
    public ConlluSentence(string[] forms, string[] lemmas, string[] upos, string[] xpos, int[] heads, string[] deprels)
    {
        Forms = forms;
        Lemmas = lemmas;
        Upos = upos;
        Xpos = xpos;
        Heads = heads;
        Deprels = deprels;
    }

    /// <summary>The sentence's <c>sent_id</c>, or empty.</summary>
    public string Id { get; init; } = "";

    public string[] Forms { get; }

    public string[] Lemmas { get; }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public int[] Heads { get; }

    public string[] Deprels { get; }

    public int Length => Forms.Length;
}
