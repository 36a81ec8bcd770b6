using ArmsTrace.Core.Nlp.Features;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>
/// The words of one document with their tags and dependency trees, as flat per-token arrays the
/// recogniser fills and reads. Reused between documents, so after the first few documents nothing
/// is allocated per token.
/// </summary>
internal sealed class NerDocument
{
    private int[] _sentenceStarts = new int[16];

    public int Count { get; private set; }

    public int SentenceCount { get; private set; }

    public WordAtoms[] Atoms { get; private set; } = new WordAtoms[256];

    /// <summary>Hashed fine (XPOS) tags.</summary>
    public ulong[] Xpos { get; private set; } = new ulong[256];

    /// <summary>Head of each word as a document index, -1 for a sentence root.</summary>
    public int[] Head { get; private set; } = new int[256];

    public ulong[] Deprel { get; private set; } = new ulong[256];

    /// <summary>How often the word is capitalised in running text, from training.</summary>
    public ulong[] Caps { get; private set; } = new ulong[256];

    /// <summary>Match of the word against the names annotated in training (<see cref="Gazetteer.Match"/>).</summary>
    public ulong[] Names { get; private set; } = new ulong[256];

    /// <summary>Match of the word against the knowledge-base and geography names.</summary>
    public ulong[] Knowledge { get; private set; } = new ulong[256];

    /// <summary>Match of the word against the given names.</summary>
    public ulong[] Given { get; private set; } = new ulong[256];

    /// <summary>Word classes of each word, <see cref="WordClusters.Levels"/> per word.</summary>
    public ulong[] Cluster { get; private set; } = new ulong[WordClusters.Levels * 256];

    /// <summary>Labels from the first pass, which the second pass reads.</summary>
    public int[] First { get; private set; } = new int[256];

    /// <summary>Which entity type the first pass gave the other occurrences of the word in the document.</summary>
    public ulong[] Vote { get; private set; } = new ulong[256];

    /// <summary>Final labels (<see cref="BilouLabels"/>).</summary>
    public int[] Labels { get; private set; } = new int[256];

    /// <summary>
    /// Hash of the training corpus the document comes from when that corpus is not the one the
    /// model is for, else 0 (always 0 at run time): every feature then gets a corpus-specific twin
    /// that soaks up the corpus's own conventions, so they do not bend the shared weights.
    /// </summary>
    public ulong Domain { get; set; }

    public int SentenceStart(int sentence) => _sentenceStarts[sentence];

    public int SentenceEnd(int sentence) => sentence + 1 < SentenceCount ? _sentenceStarts[sentence + 1] : Count;

    public void Clear()
    {
        Count = 0;
        SentenceCount = 0;
        Domain = 0;
    }

    /// <summary>Starts a new sentence; the words added next belong to it.</summary>
    public void StartSentence()
    {
        if (SentenceCount == _sentenceStarts.Length)
        {
            Array.Resize(ref _sentenceStarts, SentenceCount * 2);
        }

        _sentenceStarts[SentenceCount++] = Count;
    }

    /// <param name="head">Head within the sentence (0-based, -1 for the root).</param>
    public void Add(in WordAtoms atoms, ulong xpos, int head, ulong deprel)
    {
        if (Count == Atoms.Length)
        {
            Grow();
        }

        var i = Count++;
        Atoms[i] = atoms;
        Xpos[i] = xpos;
        Head[i] = head < 0 ? -1 : _sentenceStarts[SentenceCount - 1] + head;
        Deprel[i] = deprel;
    }

    public void Add(ReadOnlySpan<char> word, ReadOnlySpan<char> xpos, int head, ReadOnlySpan<char> deprel) =>
        Add(WordAtoms.Compute(word), FeatureHash.Text(xpos), head, FeatureHash.Text(deprel));

    /// <summary>Adds a tagged and parsed sentence of an analysed document as the next sentence.</summary>
    public void AddSentence(AnalysisContext context, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(context);
        var annotations = context.Annotations;
        StartSentence();
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var head = annotations.Head[t];
            Add(
                WordAtoms.Compute(context.TokenText(t)),
                FeatureHash.Text(annotations.Xpos[t] ?? XposTags.Xx),
                head < 0 ? -1 : head - sentence.FirstToken,
                FeatureHash.Text(annotations.Deprel[t] ?? Relations.Dep));
        }
    }

    private void Grow()
    {
        var size = Atoms.Length * 2;
        Atoms = Resize(Atoms, size);
        Xpos = Resize(Xpos, size);
        Head = Resize(Head, size);
        Deprel = Resize(Deprel, size);
        Caps = Resize(Caps, size);
        Names = Resize(Names, size);
        Knowledge = Resize(Knowledge, size);
        Given = Resize(Given, size);
        Cluster = Resize(Cluster, WordClusters.Levels * size);
        First = Resize(First, size);
        Vote = Resize(Vote, size);
        Labels = Resize(Labels, size);
    }

    private static T[] Resize<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
