namespace ArmsTrace.Core.Nlp.Tagging;

/// <summary>Universal Dependencies part-of-speech tags (the UPOS column), named after the tags.</summary>
internal static class UposTags
{
    public const string Noun = "NOUN";

    /// <summary>Proper noun.</summary>
    public const string Propn = "PROPN";

    public const string Verb = "VERB";

    /// <summary>Auxiliary verb.</summary>
    public const string Aux = "AUX";

    /// <summary>Pronoun.</summary>
    public const string Pron = "PRON";

    public const string Adj = "ADJ";

    public const string Adv = "ADV";

    /// <summary>Adposition (preposition).</summary>
    public const string Adp = "ADP";

    public const string Det = "DET";

    public const string Num = "NUM";

    /// <summary>Particle ("to", "not", possessive "'s").</summary>
    public const string Part = "PART";

    /// <summary>Coordinating conjunction.</summary>
    public const string Cconj = "CCONJ";

    /// <summary>Subordinating conjunction.</summary>
    public const string Sconj = "SCONJ";

    public const string Punct = "PUNCT";

    /// <summary>Other.</summary>
    public const string X = "X";
}
