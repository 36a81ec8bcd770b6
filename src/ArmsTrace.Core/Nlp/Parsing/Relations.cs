namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>
/// Universal Dependencies relation labels the parser writes and the claim rules read, named
/// after the labels (subtypes joined: "nsubj:pass" is <see cref="NsubjPass"/>) so they match the
/// UD documentation.
/// </summary>
internal static class Relations
{
    /// <summary>Nominal subject.</summary>
    public const string Nsubj = "nsubj";

    /// <summary>Subject of a passive verb.</summary>
    public const string NsubjPass = "nsubj:pass";

    /// <summary>Clausal subject.</summary>
    public const string Csubj = "csubj";

    public const string CsubjPass = "csubj:pass";

    /// <summary>Direct object.</summary>
    public const string Obj = "obj";

    /// <summary>Indirect object.</summary>
    public const string Iobj = "iobj";

    /// <summary>Oblique: a prepositional or unmarked phrase on a verb.</summary>
    public const string Obl = "obl";

    /// <summary>A passive's "by" phrase.</summary>
    public const string OblAgent = "obl:agent";

    public const string OblNpmod = "obl:npmod";

    /// <summary>Nominal modifier of a noun, usually a prepositional phrase.</summary>
    public const string Nmod = "nmod";

    /// <summary>Possessive ("Iran's").</summary>
    public const string NmodPoss = "nmod:poss";

    public const string NmodNpmod = "nmod:npmod";

    /// <summary>Adjectival modifier.</summary>
    public const string Amod = "amod";

    public const string Nummod = "nummod";

    public const string Advmod = "advmod";

    public const string Det = "det";

    public const string Compound = "compound";

    /// <summary>Part of a multi-word name.</summary>
    public const string Flat = "flat";

    /// <summary>Apposition ("the Quds Force, an elite unit").</summary>
    public const string Appos = "appos";

    /// <summary>Conjunct.</summary>
    public const string Conj = "conj";

    /// <summary>Coordinating conjunction.</summary>
    public const string Cc = "cc";

    /// <summary>Preposition or other case marker.</summary>
    public const string Case = "case";

    /// <summary>Subordinating marker ("that", "to").</summary>
    public const string Mark = "mark";

    /// <summary>Clause modifying a noun.</summary>
    public const string Acl = "acl";

    /// <summary>Relative clause.</summary>
    public const string AclRelcl = "acl:relcl";

    /// <summary>Adverbial clause.</summary>
    public const string Advcl = "advcl";

    /// <summary>Clausal complement without its own subject.</summary>
    public const string Xcomp = "xcomp";

    /// <summary>Clausal complement with its own subject.</summary>
    public const string Ccomp = "ccomp";

    public const string Aux = "aux";

    public const string AuxPass = "aux:pass";

    /// <summary>Copula.</summary>
    public const string Cop = "cop";

    /// <summary>Expletive ("there", "it").</summary>
    public const string Expl = "expl";

    public const string Parataxis = "parataxis";

    /// <summary>Unspecified dependency.</summary>
    public const string Dep = "dep";

    /// <summary>Negation, a UD version 1 label that older treebanks still carry.</summary>
    public const string Neg = "neg";

    public const string Root = "root";

    public const string Punct = "punct";
}
