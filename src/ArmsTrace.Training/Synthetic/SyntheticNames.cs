using System.Text;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Matching;

namespace ArmsTrace.Training.Synthetic;

/// <summary>
/// Invented list entries and spelling variants of them, for measuring screening speed and
/// accuracy at sizes no real test file has. Names are built from syllables, so they look like
/// romanised names without being anyone's; the same seed gives the same names.
/// </summary>
internal sealed class SyntheticNames
{
    private static readonly string[] Onsets = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "sh", "t", "v", "z", "kh", "gh"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "ai", "ou"];
    private static readonly string[] Codas = ["", "", "n", "r", "m", "d", "s", "b", "z", "t", "l", "k"];
    private static readonly string[] Tails = ["Industries", "Trading Company", "Group", "Engineering", "Aviation", "Electronics", "Logistics LLC", "Research Center"];
    private static readonly string[] Titles = ["General", "Dr", "Brigadier General", "Sheikh", "Mr"];
    private readonly Random _random;

    public SyntheticNames(int seed) => _random = new Random(seed);

    public IEnumerable<ScreenEntry> Entries(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Entry(i);
        }
    }

    public ScreenEntry Entry(int i)
    {
        if (_random.Next(3) == 0)
        {
            var org = Word(2) + " " + Word(3) + " " + Tails[_random.Next(Tails.Length)];
            return new ScreenEntry("s" + i, org, [], EntityType.Organization, null, null, "synthetic");
        }

        var person = Word(2) + " " + Word(3);
        return new ScreenEntry("s" + i, person, [], EntityType.Person, null, null, "synthetic");
    }

    /// <summary>A name never generated as an entry (a different shape of word), for queries that must find nothing.</summary>
    public string Stranger() => Word(4) + " " + Word(4) + " " + Word(2);

    /// <summary>The same name as transliterated or written by someone else: vowels changed, q/gh swapped, a title added, order turned round.</summary>
    public string Variant(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name);
        var edits = 1 + _random.Next(2);
        for (var e = 0; e < edits; e++)
        {
            switch (_random.Next(6))
            {
                case 0:
                    text.Replace("gh", "q").Replace("kh", "x");
                    break;
                case 1:
                    ChangeVowel(text);
                    break;
                case 2:
                    text.Replace("ou", "u");
                    break;
                case 3:
                    text.Insert(0, Titles[_random.Next(Titles.Length)] + " ");
                    break;
                case 4:
                    var s = text.ToString();
                    var space = s.IndexOf(' ', StringComparison.Ordinal);
                    if (space > 0)
                    {
                        text.Clear().Append(s[(space + 1)..]).Append(", ").Append(s[..space]);
                    }

                    break;
                default:
                    var upper = text.ToString().ToUpperInvariant();
                    text.Clear().Append(upper);
                    break;
            }
        }

        return text.ToString();
    }

    private void ChangeVowel(StringBuilder text)
    {
        for (var tries = 0; tries < 8; tries++)
        {
            var at = 1 + _random.Next(Math.Max(1, text.Length - 1));
            if (at < text.Length && text[at] is 'a' or 'e' or 'i' or 'o' or 'u' && at > 0 && char.IsLetter(text[at - 1]))
            {
                text[at] = text[at] switch { 'a' => 'e', 'e' => 'a', 'i' => 'e', 'o' => 'u', _ => 'o' };
                return;
            }
        }
    }

    private string Word(int syllables)
    {
        var b = new StringBuilder();
        for (var s = 0; s < syllables; s++)
        {
            b.Append(Onsets[_random.Next(Onsets.Length)]).Append(Vowels[_random.Next(Vowels.Length)]);
            if (s == syllables - 1 || _random.Next(3) == 0)
            {
                b.Append(Codas[_random.Next(Codas.Length)]);
            }
        }

        b[0] = char.ToUpperInvariant(b[0]);
        return b.ToString();
    }
}
