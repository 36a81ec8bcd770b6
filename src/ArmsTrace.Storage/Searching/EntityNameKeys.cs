using System.Data.Common;
using ArmsTrace.Core.Matching;
using ArmsTrace.Storage.Rows;
using Dapper;

namespace ArmsTrace.Storage.Searching;

/// <summary>
/// Names as screening compares them (<see cref="PreparedName"/>: folded, honorifics and connectors
/// left out, each word as its variant group or consonant skeleton), written as keys an index can
/// range over, so entity type-ahead finds the spellings <c>screen</c> matches without reading every name.
/// </summary>
internal static class EntityNameKeys
{
    /// <summary>The migrations (one per database) that create the table end in this; the table is filled right after.</summary>
    public const string CreatedByMigration = "_search_and_deletions.sql";

    public const string Insert = "INSERT INTO entity_name_keys (name_key, entity_key) VALUES (@NameKey, @EntityKey) ON CONFLICT DO NOTHING";

    private const string StoredNames = """
        SELECT entity_key AS EntityKey, name AS Name FROM entities
        UNION SELECT entity_key, text FROM mentions
        """;

    /// <summary>Above every character a key can hold, so [prefix, prefix + this) is every key that starts with prefix.</summary>
    private const string AfterEverything = "\U0010FFFF";

    /// <summary>The keys of every entity name and mention text one ingest writes.</summary>
    public static IEnumerable<NameKeyRow> Of(IngestRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var names = rows.Entities.Select(e => (e.Key, e.Name)).Concat(rows.Mentions.Select(m => (Key: m.EntityKey, Name: m.Text)));
        return names.Distinct().SelectMany(n => Of(n.Key, n.Name)).Distinct();
    }

    /// <summary>The keys of one name of one entity, such as the name an analyst gives it.</summary>
    public static IEnumerable<NameKeyRow> Of(string entityKey, string name) => Keys(name).Distinct().Select(k => new NameKeyRow(k, entityKey));

    /// <summary>Fills the table for everything stored before it existed.</summary>
    public static void Fill(DbConnection connection, DbTransaction tx)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var stored = connection.Query<(string EntityKey, string Name)>(StoredNames, transaction: tx).ToList();
        connection.Execute(Insert, stored.SelectMany(n => Of(n.EntityKey, n.Name)).Distinct(), tx);
    }

    /// <summary>
    /// The key range a search matches: its complete words as screening keys them, its last word as a
    /// prefix of a skeleton while it may still be being typed (a whole variant spelling matches its
    /// group). Null when the search has no words.
    /// </summary>
    public static (string From, string To)? Range(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return null;
        }

        var words = PreparedName.From(search.Trim()).Words;
        if (words.Count == 0)
        {
            return null;
        }

        var complete = char.IsWhiteSpace(search[^1]);
        var last = words[^1];
        var tokens = words.Take(words.Count - 1).Select(w => w.Key).Append(complete || last.Grouped ? last.Key : last.Skeleton);
        var prefix = string.Join(' ', tokens);
        return (prefix, prefix + AfterEverything);
    }

    /// <summary>
    /// A name's keys: its words' keys from each word on, and where a word belongs to a variant group
    /// the same with skeletons, which a half-typed word can be a prefix of.
    /// </summary>
    private static IEnumerable<string> Keys(string name)
    {
        var words = PreparedName.From(name).Words;
        var forms = words.Any(w => w.Grouped)
            ? new[] { words.Select(w => w.Key).ToList(), words.Select(w => w.Skeleton).ToList() }
            : [words.Select(w => w.Key).ToList()];
        foreach (var form in forms)
        {
            for (var start = 0; start < form.Count; start++)
            {
                if (form[start].Length > 0)
                {
                    yield return string.Join(' ', form.Skip(start));
                }
            }
        }
    }
}
