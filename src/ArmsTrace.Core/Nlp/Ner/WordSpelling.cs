namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>How often a word occurs in a document capitalised mid-sentence, in lower case and in capitals.</summary>
internal readonly record struct WordSpelling(int Capitalised, int Lower, int Upper)
{
    /// <param name="kind">0 capitalised, 1 lower case, 2 capitals; other values count nothing.</param>
    public WordSpelling With(int kind, int delta) => kind switch
    {
        0 => this with { Capitalised = Capitalised + delta },
        1 => this with { Lower = Lower + delta },
        2 => this with { Upper = Upper + delta },
        _ => this,
    };
}
