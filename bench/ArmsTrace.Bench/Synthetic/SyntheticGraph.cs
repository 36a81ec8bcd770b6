using System.Globalization;
using System.Text;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Bench.Synthetic;

/// <summary>
/// The plan of a generated store: its entities, and each document rebuilt on demand from a seed of its
/// own, so a writer can read the documents several times (once per table a bulk copy fills) and get the
/// same rows. Actors, weapons and places are drawn with a Zipf law within their pool, knowledge-base
/// entries first with Iran, Russia and China at the top, so a few hubs hold tens of thousands of claims
/// and most entities a handful, as in real reporting. Text comes from the templates here.
/// </summary>
internal sealed class SyntheticGraph
{
    public const string RecordedAt = "2026-12-04T00:00:00Z";

    /// <summary>The knowledge-base entries that lead the actor ranking, hubs of arms reporting.</summary>
    private static readonly string[] Hubs =
    [
        "iran", "russia", "china", "united-states", "israel", "hezbollah", "houthis", "ukraine", "irgc", "hamas",
        "syria", "north-korea", "iraq", "saudi-arabia", "turkey", "belarus", "yemen", "lebanon", "venezuela", "pakistan",
    ];

    private static readonly string[] Fillers =
    [
        "The report could not be independently verified.",
        "Talks on the matter are expected to resume next month.",
        "The ministry did not respond to a request for comment.",
        "Satellite images of the area were reviewed by analysts.",
        "The shipment was said to have passed through several ports.",
        "A spokesman declined to give further details.",
    ];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly (string Stance, int Weight, string Lead)[] Stances =
    [
        ("asserted", 40, ""), ("reported", 20, "Reports say that "), ("alleged", 10, "It is alleged that "), ("confirmed", 8, "Officials confirmed that "),
        ("unconfirmed", 6, "Unconfirmed reports say that "), ("denied", 6, "Officials denied that "), ("intended", 5, "Documents show that "),
        ("possible", 5, "Analysts say it is possible that "),
    ];

    private static readonly (string Type, int Weight)[] Types =
    [
        ("supply", 30), ("manufacture", 8), ("use", 8), ("attack", 10), ("sanction", 8), ("sponsor", 8), ("part_of", 6),
        ("role", 5), ("located_in", 5), ("visit", 6), ("meeting", 6),
    ];

    private readonly int _seed;
    private readonly SyntheticEntity[] _actors;
    private readonly SyntheticEntity[] _weapons;
    private readonly SyntheticEntity[] _places;
    private readonly ZipfSampler _actorRank;
    private readonly ZipfSampler _weaponRank;
    private readonly ZipfSampler _placeRank;
    private readonly string[] _outlets;

    public SyntheticGraph(int claims, int entities, int documents, int seed = 20261204)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(claims, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(entities, 30);
        ArgumentOutOfRangeException.ThrowIfLessThan(documents, 1);
        Claims = claims;
        DocumentCount = documents;
        _seed = seed;
        var random = new Random(seed);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var kb = KnowledgeBase.Bundled.Entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var hubRank = Hubs.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var kbActors = kb.Where(e => e.Type is EntityType.Country or EntityType.Organization or EntityType.Group or EntityType.Person)
            .OrderBy(e => hubRank.GetValueOrDefault(e.Id, int.MaxValue)).ToList();
        _actors = Pool(kbActors, entities * 80 / 100, taken, random, r => r.Next(3) switch
        {
            0 => (SyntheticNames.Person(r), EntityType.Person),
            1 => (SyntheticNames.Organization(r), EntityType.Organization),
            _ => (SyntheticNames.Group(r), EntityType.Group),
        });
        _weapons = Pool(kb.Where(e => e.Type == EntityType.Weapon).ToList(), entities * 15 / 100, taken, random, r => (SyntheticNames.Weapon(r), EntityType.Weapon));
        _places = Pool(kb.Where(e => e.Type is EntityType.Place or EntityType.Facility).ToList(), entities - _actors.Length - _weapons.Length, taken, random,
            r => (SyntheticNames.Place(r), EntityType.Place));
        _actorRank = new ZipfSampler(_actors.Length, 0.8);
        _weaponRank = new ZipfSampler(_weapons.Length, 0.8);
        _placeRank = new ZipfSampler(_places.Length, 0.8);
        _outlets = [.. Enumerable.Range(0, 200).Select(_ => SyntheticNames.Outlet(random)).Distinct()];
        Entities = [.. _actors, .. _weapons, .. _places];
    }

    public int Claims { get; }

    public int DocumentCount { get; }

    public IReadOnlyList<SyntheticEntity> Entities { get; }

    /// <summary>The number of claims documents before <paramref name="index"/> hold: ids of a document's claims follow it.</summary>
    public long ClaimsBefore(int index) => (long)index * Claims / DocumentCount;

    public IEnumerable<SyntheticDocument> Documents() => Enumerable.Range(0, DocumentCount).Select(Document);

    public SyntheticDocument Document(int index)
    {
        var random = new Random(unchecked(_seed * 1_000_003 + index));
        var count = (int)(ClaimsBefore(index + 1) - ClaimsBefore(index));
        var text = new StringBuilder();
        var claims = new List<SyntheticClaim>(count);
        var mentions = new List<SyntheticMention>(count * 3);
        for (var c = 0; c < count; c++)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
                if (random.Next(3) == 0)
                {
                    text.Append(Fillers[random.Next(Fillers.Length)]).Append(' ');
                }
            }

            claims.Add(Claim(random, text, mentions));
        }

        // Dates run with the index over 2008 to 2025, so ids and publication order roughly agree as they do after years of ingest.
        string? published = random.Next(40) == 0 ? null
            : new DateOnly(2008, 1, 1).AddDays((int)((long)index * 6500 / DocumentCount) + random.Next(30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var first = claims.Count > 0 ? claims[0] : null;
        var title = first is null ? $"Bulletin {index}" : $"{first.Subject.Name} and {(first.Object ?? first.Item ?? first.Subject).Name}: {first.Type.Replace('_', ' ')} report";
        return new SyntheticDocument(index + 1L, $"synthetic/{index:D7}.txt", title, $"https://example.org/synthetic/{index}", _outlets[random.Next(_outlets.Length)],
            published, text.ToString(), claims, mentions);
    }

    private SyntheticClaim Claim(Random random, StringBuilder text, List<SyntheticMention> mentions)
    {
        var type = Pick(random, Types, t => t.Weight).Type;
        var (stance, _, lead) = Pick(random, Stances, s => s.Weight);
        var subject = _actors[_actorRank.Next(random)];
        SyntheticEntity OtherActor()
        {
            var other = _actors[_actorRank.Next(random)];
            return other == subject ? _actors[(Array.IndexOf(_actors, subject) + 1) % _actors.Length] : other;
        }

        SyntheticEntity Weapon() => _weapons[_weaponRank.Next(random)];
        SyntheticEntity Place() => _places[_placeRank.Next(random)];
        int? quantity = null;
        SyntheticEntity? item = null;
        SyntheticEntity? target;
        var start = text.Length;
        text.Append(lead);
        Mention(text, mentions, subject);
        switch (type)
        {
            case "supply":
                target = OtherActor();
                if (random.Next(10) < 7)
                {
                    item = Weapon();
                    text.Append(" supplied ");
                    if (random.Next(3) == 0)
                    {
                        quantity = random.Next(2, 500);
                        text.Append(quantity.Value.ToString(CultureInfo.InvariantCulture)).Append(' ');
                    }

                    Mention(text, mentions, item);
                    text.Append(" to ");
                }
                else
                {
                    text.Append(" supplied weapons to ");
                }

                Mention(text, mentions, target);
                break;
            case "manufacture":
                target = null;
                item = Weapon();
                text.Append(" manufactures ");
                Mention(text, mentions, item);
                break;
            case "use":
                item = Weapon();
                text.Append(" used ");
                Mention(text, mentions, item);
                target = random.Next(2) == 0 ? OtherActor() : null;
                if (target is not null)
                {
                    text.Append(" against ");
                    Mention(text, mentions, target);
                }

                break;
            case "attack":
                target = random.Next(5) < 3 ? OtherActor() : Place();
                text.Append(" attacked ");
                Mention(text, mentions, target);
                break;
            case "located_in":
                target = Place();
                text.Append(" is located in ");
                Mention(text, mentions, target);
                break;
            case "visit":
                target = random.Next(2) == 0 ? Place() : OtherActor();
                text.Append(" visited ");
                Mention(text, mentions, target);
                break;
            default:
                target = OtherActor();
                text.Append(type switch
                {
                    "sanction" => " imposed sanctions on ",
                    "sponsor" => " funds and trains ",
                    "part_of" => " is part of ",
                    "role" => " serves as a commander of ",
                    _ => " met officials of ",
                });
                Mention(text, mentions, target);
                break;
        }

        string? time = null;
        string? timeText = null;
        if (random.Next(10) < 3)
        {
            var (month, year) = (random.Next(12), 2008 + random.Next(18));
            time = $"{year}-{month + 1:D2}";
            timeText = $"in {Months[month]} {year}";
            text.Append(' ').Append(timeText);
        }

        SyntheticEntity? source = null;
        if (random.Next(4) == 0)
        {
            source = OtherActor();
            text.Append(", according to ");
            Mention(text, mentions, source);
        }

        text.Append('.');
        return new SyntheticClaim(type, subject, target, item, source, stance, quantity, time, timeText, start, text.Length, text.ToString(start, text.Length - start),
            Math.Round(0.3 + random.NextDouble() * 0.65, 3));
    }

    private static void Mention(StringBuilder text, List<SyntheticMention> mentions, SyntheticEntity entity)
    {
        mentions.Add(new SyntheticMention(entity.Key, text.Length, text.Length + entity.Name.Length, entity.Name));
        text.Append(entity.Name);
    }

    private static T Pick<T>(Random random, T[] choices, Func<T, int> weight)
    {
        var roll = random.Next(choices.Sum(weight));
        foreach (var choice in choices)
        {
            if ((roll -= weight(choice)) < 0)
            {
                return choice;
            }
        }

        return choices[^1];
    }

    /// <summary>The knowledge-base entries first (as the extractor keys them), then made-up names up to <paramref name="size"/>.</summary>
    private static SyntheticEntity[] Pool(List<KbEntry> known, int size, HashSet<string> taken, Random random, Func<Random, (string Name, EntityType Type)> make)
    {
        var pool = new List<SyntheticEntity>(size);
        foreach (var e in known.Take(size / 2))
        {
            if (taken.Add(e.Key))
            {
                pool.Add(new SyntheticEntity(e.Key, e.Name, e.Type.ToName()));
            }
        }

        while (pool.Count < size)
        {
            var (name, type) = make(random);
            var key = "name:" + name.ToLowerInvariant();
            if (taken.Add(key))
            {
                pool.Add(new SyntheticEntity(key, name, type.ToName()));
            }
        }

        return [.. pool];
    }
}
