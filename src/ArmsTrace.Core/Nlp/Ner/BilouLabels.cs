namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>
/// The labels the recogniser decodes: O, then Begin, Inside, Last and Unit for each entity type.
/// Against BIO, the model learns separately what ends a name and what a one-word name looks like.
/// </summary>
internal static class BilouLabels
{
    public const int Outside = 0;

    public static int Count { get; } = 1 + (4 * EntityTypes.Types.Length);

    /// <summary>Entity type index of a label (into <see cref="EntityTypes.Types"/>), or -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 4;

    public static int Of(int type, BilouPart part) => 1 + (type * 4) + (int)part;

    public static BilouPart PartOf(int label) => (BilouPart)((label - 1) % 4);

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (-1 before the sentence).</summary>
    public static bool CanFollow(int previous, int label)
    {
        var open = previous > 0 && PartOf(previous) is BilouPart.Begin or BilouPart.Inside;
        if (open)
        {
            return label != Outside && TypeOf(label) == TypeOf(previous) && PartOf(label) is BilouPart.Inside or BilouPart.Last;
        }

        return label == Outside || PartOf(label) is BilouPart.Begin or BilouPart.Unit;
    }

    /// <summary>Whether a sentence may end on <paramref name="label"/>.</summary>
    public static bool CanEnd(int label) => label == Outside || PartOf(label) is BilouPart.Last or BilouPart.Unit;

    /// <summary>The BIO tag (<see cref="EntityTypes.Tags"/> index) of a label.</summary>
    public static int ToBio(int label) => label == Outside ? 0 : 1 + (2 * TypeOf(label)) + (PartOf(label) is BilouPart.Begin or BilouPart.Unit ? 0 : 1);
}
