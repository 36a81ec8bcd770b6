namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>Where a word falls in a name: first, middle, last word, or the whole of a one-word name.</summary>
internal enum BilouPart
{
    Begin,
    Inside,
    Last,
    Unit,
}
