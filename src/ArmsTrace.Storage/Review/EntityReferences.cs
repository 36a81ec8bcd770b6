using System.Data.Common;
using ArmsTrace.Core.Claims;
using Dapper;

namespace ArmsTrace.Storage.Review;

/// <summary>
/// Turns what an analyst typed for an entity (a key, a name, or "new:TYPE:NAME") into a stored
/// entity key, and checks the claim type, stance and dates an edit sets, inside the judgement's transaction.
/// </summary>
internal sealed class EntityReferences(DbConnection connection)
{
    private readonly DbConnection _connection = connection ?? throw new ArgumentNullException(nameof(connection));

    /// <summary>The edit with entity names turned into keys and type and stance checked.</summary>
    public ClaimEdit Resolve(ClaimEdit edit, DbTransaction tx) => edit with
    {
        Type = edit.Type is null ? null : ClaimNames.ParseType(edit.Type.Trim())?.ToName()
            ?? throw new StoreException($"'{edit.Type}' is not a claim type; use one of {string.Join(", ", Enum.GetValues<ClaimType>().Select(t => t.ToName()))}."),
        Stance = edit.Stance is null ? null : ClaimNames.ParseStance(edit.Stance.Trim())?.ToName()
            ?? throw new StoreException($"'{edit.Stance}' is not a stance; use one of {string.Join(", ", Enum.GetValues<Stance>().Select(s => s.ToName()))}."),
        Subject = edit.Subject is null ? null : Entity(edit.Subject, tx),
        Object = edit.Object is null ? null : Entity(edit.Object, tx),
        Item = edit.Item is null ? null : Entity(edit.Item, tx),
        Source = edit.Source is null ? null : Entity(edit.Source, tx),
        TimeFrom = edit.TimeFrom is null ? null : IsoDates.Check(edit.TimeFrom),
        TimeTo = edit.TimeTo is null ? null : IsoDates.Check(edit.TimeTo),
    };

    /// <summary>An entity key from a key, a name, or "new:TYPE:NAME", which adds the entity.</summary>
    public string Entity(string value, DbTransaction tx)
    {
        var v = value.Trim();
        if (v.StartsWith("new:", StringComparison.OrdinalIgnoreCase))
        {
            var parts = v.Split(':', 3);
            if (parts.Length < 3 || string.IsNullOrWhiteSpace(parts[2]))
            {
                throw new StoreException($"'{v}': a new entity is written new:TYPE:NAME, e.g. new:group:Kata'ib Hezbollah.");
            }

            var name = parts[2].Trim();
            var key = "analyst:" + name.ToLowerInvariant().Replace(' ', '-');
            _connection.Execute(ReviewSql.InsertEntity, new { key, name, type = EntityTypes.Check(parts[1]) }, tx);
            return key;
        }

        if (_connection.Query<EntityFields>(ReviewSql.EntityByKey, new { key = v }, tx).Any())
        {
            return v;
        }

        return _connection.Query<string>(ReviewSql.EntityKeyByName, new { name = v }, tx).FirstOrDefault()
            ?? throw new StoreException($"No entity has the key or name '{v}'; give one that exists, or new:TYPE:NAME to add it.");
    }

    public string Country(string value, DbTransaction tx)
    {
        var key = Entity(value, tx);
        var type = _connection.Query<EntityFields>(ReviewSql.EntityByKey, new { key }, tx).First().Type;
        return type == "country" ? key : throw new StoreException($"'{value}' is a {type}, not a country.");
    }
}
