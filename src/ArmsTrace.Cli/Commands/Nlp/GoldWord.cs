namespace ArmsTrace.Cli.Commands.Nlp;

/// <summary>A gold syntactic word placed in the reconstructed text; Start is -1 where it cannot be placed.</summary>
internal readonly record struct GoldWord(int Start, int End, string Upos, int Head, string Deprel);
