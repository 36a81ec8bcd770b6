using ArmsTrace.Core.Claims;
using ArmsTrace.Storage.Corroboration;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// A <see cref="ClaimFilter"/> as the parameters of each database's claim search: the same on every
/// database but for how the search text is folded, which the caller does.
/// </summary>
internal static class ClaimFilterParameters
{
    /// <param name="needle">The filter's text as the database's statement compares it; null for none.</param>
    public static object Of(ClaimFilter filter, string? needle)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new
        {
            type = string.IsNullOrWhiteSpace(filter.Type) ? null : ClaimNames.ParseType(filter.Type.Trim())?.ToName() ?? filter.Type,
            entityKey = Key(filter.EntityKey),
            stance = string.IsNullOrWhiteSpace(filter.Stance) ? null : ClaimNames.ParseStance(filter.Stance.Trim())?.ToName() ?? filter.Stance,
            sourceKey = Key(filter.SourceKey),
            needle,
            limit = PageLimits.Limit(filter.Limit),
            offset = PageLimits.Offset(filter.Offset),
            asOf = AsOfDate.Normalize(filter.AsOf),
            minSources = filter.MinSources,
        };
    }

    private static string? Key(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
