using System.Text;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Matching;

/// <summary>
/// A name taken apart once for comparison: folded words without the honorifics in front or the
/// connectors between, each with its comparison key, plus the initials an acronym would have.
/// </summary>
internal sealed class PreparedName
{
    private readonly string _allInitials;
    private readonly bool[] _optional;

    private PreparedName(string original, NameWord[] words, string initials, string? acronym, IReadOnlyList<string> dropped, string allInitials, bool[] optional)
    {
        _allInitials = allInitials;
        _optional = optional;
        Original = original;
        Words = words;
        Initials = initials;
        Acronym = acronym;
        Dropped = dropped;
    }

    public string Original { get; }

    public IReadOnlyList<NameWord> Words { get; }

    /// <summary>First letters of the words, connectors left out ("irgc" for "Islamic Revolutionary Guard Corps").</summary>
    public string Initials { get; }

    /// <summary>The folded name when it is written as one word in capitals ("IRGC"); null otherwise.</summary>
    public string? Acronym { get; }

    /// <summary>Honorifics and ranks taken off the front.</summary>
    public IReadOnlyList<string> Dropped { get; }

    public float TotalWeight => Words.Sum(w => w.Weight);

    public static PreparedName From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var raw = SplitWords(name);
        var dropped = new List<string>();
        var start = 0;
        while (start < raw.Count - 1 && NameLexicon.Honorifics.Contains(raw[start]))
        {
            dropped.Add(raw[start]);
            start++;
        }

        // "Qaani, Brigadier General" puts the titles last when the name is written surname first.
        var end = raw.Count;
        while (name.Contains(',', StringComparison.Ordinal) && end - 1 > start && NameLexicon.Honorifics.Contains(raw[end - 1]))
        {
            dropped.Add(raw[end - 1]);
            end--;
        }

        raw.RemoveRange(end, raw.Count - end);
        var words = new List<NameWord>(raw.Count);
        var initials = new StringBuilder();
        var allInitials = new StringBuilder();
        var optional = new List<bool>();
        for (var i = start; i < raw.Count; i++)
        {
            var w = raw[i];
            if (NameLexicon.Connectors.Contains(w) && raw.Count - start > 1)
            {
                allInitials.Append(w[0]);
                optional.Add(true);
                continue;
            }

            allInitials.Append(w[0]);
            optional.Add(false);

            if (i > start && RomanNumeral(w) is { } number)
            {
                w = number;
            }

            initials.Append(w[0]);
            words.Add(MakeWord(w));
        }

        var letters = name.Count(char.IsLetter);
        var isAcronym = words.Count == 1 && letters is >= 2 and <= 6 && name.Where(char.IsLetter).All(char.IsUpper);
        return new PreparedName(name, [.. words], initials.ToString(), isAcronym ? words[0].Text : null, dropped, allInitials.ToString(), [.. optional]);
    }

    /// <summary>
    /// Whether <paramref name="letters"/> spells this name's initials, each connector's initial
    /// taken or left out as the acronym needs (MODAFL keeps the "of" of "Ministry of Defense and
    /// Armed Forces Logistics" and drops the "and").
    /// </summary>
    public bool HasAcronym(string letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        if (Words.Count < 2 || letters.Length < 2)
        {
            return false;
        }

        Span<bool> reachable = stackalloc bool[letters.Length + 1];
        reachable[0] = true;
        for (var w = 0; w < _allInitials.Length; w++)
        {
            for (var k = letters.Length; k >= 0; k--)
            {
                var take = k > 0 && reachable[k - 1] && letters[k - 1] == _allInitials[w];
                reachable[k] = take || (_optional[w] && reachable[k]);
            }
        }

        return reachable[letters.Length];
    }

    /// <summary>Model marks such as "Wing Loong II" are written with digits elsewhere.</summary>
    private static string? RomanNumeral(string word) => word switch
    {
        "i" => "1",
        "ii" => "2",
        "iii" => "3",
        "iv" => "4",
        "v" => "5",
        "vi" => "6",
        "vii" => "7",
        "viii" => "8",
        "ix" => "9",
        "x" => "10",
        _ => null,
    };

    public static NameWord MakeWord(string folded)
    {
        var grouped = NameLexicon.Variants.TryGetValue(folded, out var group);
        var skeleton = PhoneticKey.Of(folded);
        var key = grouped ? "=" + group : skeleton;
        var weight = NameLexicon.GenericWords.Contains(folded) ? 0.5f : 1f;
        return new NameWord(folded, key, weight, grouped, skeleton);
    }

    /// <summary>
    /// Folded words: split at anything not a letter or digit, apostrophes inside a word dropped
    /// ("Qa'ani" is "qaani") and a possessive "'s" removed; letters and digits part ("CH4" is "ch 4").
    /// </summary>
    public static List<string> SplitWords(string name)
    {
        var folded = NameNormalizer.Normalize(name);
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == '\'' && current.Length > 0)
            {
                if (i + 1 < folded.Length && folded[i + 1] == 's' && (i + 2 == folded.Length || !char.IsLetterOrDigit(folded[i + 2])))
                {
                    i++;
                }

                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (current.Length > 0 && char.IsDigit(c) != char.IsDigit(current[^1]))
                {
                    words.Add(current.ToString());
                    current.Clear();
                }

                current.Append(c);
                continue;
            }

            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
