namespace ArmsTrace.Core.Nlp.Ner;

/// <summary>How often the occurrences of a word in a document were labelled O, PER, ORG and LOC.</summary>
internal readonly record struct WordVote(int Outside, int Person, int Organisation, int Location)
{
    public int Total => Outside + Person + Organisation + Location;

    /// <summary>0 for O, else 1 + the entity type index; ties go to the entity type.</summary>
    public int Majority
    {
        get
        {
            var best = 0;
            var top = Outside;
            Span<int> counts = [Outside, Person, Organisation, Location];
            for (var t = 1; t < counts.Length; t++)
            {
                if (counts[t] > 0 && counts[t] >= top)
                {
                    best = t;
                    top = counts[t];
                }
            }

            return best;
        }
    }

    public bool Unanimous => Total > 0 && Math.Max(Math.Max(Outside, Person), Math.Max(Organisation, Location)) == Total;

    /// <param name="type">0 for O, else 1 + the entity type index.</param>
    public WordVote With(int type, int delta) => type switch
    {
        0 => this with { Outside = Outside + delta },
        1 => this with { Person = Person + delta },
        2 => this with { Organisation = Organisation + delta },
        _ => this with { Location = Location + delta },
    };
}
