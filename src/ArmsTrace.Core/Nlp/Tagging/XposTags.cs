namespace ArmsTrace.Core.Nlp.Tagging;

/// <summary>Penn Treebank part-of-speech tags (the XPOS column), named after the tags.</summary>
internal static class XposTags
{
    /// <summary>Verb, base form.</summary>
    public const string Vb = "VB";

    /// <summary>Verb, past tense.</summary>
    public const string Vbd = "VBD";

    /// <summary>Verb, gerund or present participle.</summary>
    public const string Vbg = "VBG";

    /// <summary>Verb, past participle.</summary>
    public const string Vbn = "VBN";

    /// <summary>Verb, present tense, not third person singular.</summary>
    public const string Vbp = "VBP";

    /// <summary>Verb, present tense, third person singular.</summary>
    public const string Vbz = "VBZ";

    /// <summary>Noun, singular or mass.</summary>
    public const string Nn = "NN";

    /// <summary>Noun, plural.</summary>
    public const string Nns = "NNS";

    /// <summary>Proper noun, singular.</summary>
    public const string Nnp = "NNP";

    /// <summary>Proper noun, plural.</summary>
    public const string Nnps = "NNPS";

    /// <summary>Adjective.</summary>
    public const string Jj = "JJ";

    /// <summary>Possessive ending ("'s").</summary>
    public const string Pos = "POS";

    /// <summary>"to".</summary>
    public const string To = "TO";

    /// <summary>Unknown: what the parser is given for a token no tagger tagged.</summary>
    public const string Xx = "XX";
}
