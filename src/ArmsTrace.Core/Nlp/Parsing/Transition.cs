namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>Arc-hybrid transitions; the relation label is chosen separately when an arc is made.</summary>
internal enum Transition
{
    Shift = 0,
    Left = 1,
    Right = 2,
}
