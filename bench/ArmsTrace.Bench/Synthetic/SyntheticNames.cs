using System.Text;

namespace ArmsTrace.Bench.Synthetic;

/// <summary>
/// Made-up names from syllables, each shaped like its type's names in reporting (a person's two
/// names, a company's trading name, a missile's designation), so search and screening see names
/// of realistic length and spread rather than "Entity 41".
/// </summary>
internal static class SyntheticNames
{
    private static readonly string[] Syllables =
    [
        "ka", "ro", "ne", "vi", "sha", "tor", "mel", "dan", "zu", "ra", "li", "qa", "bor", "fen", "gal", "hin", "jar", "kes",
        "lun", "mar", "nor", "pel", "sar", "tin", "val", "yer", "zan", "dor", "ish", "am", "bek", "cor", "dah", "el", "far",
        "gor", "has", "ib", "jun", "kov", "lem", "mir", "nab", "os", "pra", "rud", "sol", "tal", "ul", "vor", "wen", "yus",
    ];

    private static readonly string[] SurnameEndings = ["", "", "ov", "ian", "i", "ez", "sky", "an", "o", "er"];

    private static readonly string[] CompanyKinds = ["Industries", "Trading Company", "Logistics", "Aerospace", "Shipping", "Engineering Group", "Electronics", "Defence Systems", "Holdings", "Machinery"];

    private static readonly string[] GroupKinds = ["Brigade", "Front", "Movement", "Battalion", "Militia", "Resistance"];

    private static readonly string[] WeaponKinds = ["drone", "missile", "rocket", "rifle", "radar", "launcher", "torpedo", "mortar", "loitering munition", "air defence system"];

    private static readonly string[] PlaceKinds = ["", "", "", " Port", " Air Base", " Province", " Valley"];

    public static string Person(Random random) => $"{Word(random, 2)} {Word(random, 2 + random.Next(2))}{SurnameEndings[random.Next(SurnameEndings.Length)]}";

    public static string Organization(Random random) => $"{Word(random, 2 + random.Next(2))} {CompanyKinds[random.Next(CompanyKinds.Length)]}";

    public static string Group(Random random) => $"{Word(random, 2 + random.Next(2))} {GroupKinds[random.Next(GroupKinds.Length)]}";

    public static string Weapon(Random random) =>
        $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}-{random.Next(1, 999)} {WeaponKinds[random.Next(WeaponKinds.Length)]}";

    public static string Place(Random random) => $"{Word(random, 2 + random.Next(2))}{PlaceKinds[random.Next(PlaceKinds.Length)]}";

    public static string Outlet(Random random) => $"The {Word(random, 2)} {new[] { "Herald", "Times", "Post", "Observer", "Monitor", "Gazette", "Tribune" }[random.Next(7)]}";

    private static string Word(Random random, int syllables)
    {
        var word = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            word.Append(Syllables[random.Next(Syllables.Length)]);
        }

        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }
}
