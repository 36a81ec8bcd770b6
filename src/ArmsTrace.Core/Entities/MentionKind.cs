namespace ArmsTrace.Core.Entities;

public enum MentionKind
{
    /// <summary>A proper name: "Qods Force", "Ghaani".</summary>
    Name,

    /// <summary>An adjective of origin standing for its country: "Iranian", "Chinese-made".</summary>
    Demonym,

    /// <summary>A common noun phrase that refers back: "the group", "the ministry".</summary>
    Nominal,

    /// <summary>"he", "she", "it", "they".</summary>
    Pronoun,
}
