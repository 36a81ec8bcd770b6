namespace ArmsTrace.Core.Claims.Trees;

/// <summary>
/// What an argument is to its trigger word. claim-patterns.txt names them in lower case ("iobj",
/// "poss" and "mod" for the three abbreviated); a preposition's role is the preposition itself,
/// since patterns ask for "to" or "from" phrases by the word.
/// </summary>
internal enum ArgumentRole
{
    Agent,
    Patient,
    IndirectObject,

    /// <summary>An unnamed means ("killed in a US air strike") whose modifier names who used it.</summary>
    Instrument,

    /// <summary>The party a weapon acted on comes from ("bought Iranian drones").</summary>
    Origin,

    /// <summary>Who holds the thing a passive clause describes ("uses materials that are imported from China").</summary>
    Holder,

    User,
    Responsible,
    Recipient,

    /// <summary>The subject of the verb a trigger noun is the object of ("the US imposed sanctions").</summary>
    Governor,

    /// <summary>The name a trigger noun describes ("the Quds Force, an elite unit of the IRGC").</summary>
    Described,

    Possessor,
    Modifier,

    /// <summary>Read from the discourse, not the tree: who imposed the document's latest sanction.</summary>
    Sanctioner,

    To,
    From,
    With,
    On,
    Against,
    In,
    Into,
    Of,
    For,
    By,
    At,
    Via,
    Through,
    Toward,
    Towards,
    Onto,
    Upon,
    Inside,
    Within,
}
