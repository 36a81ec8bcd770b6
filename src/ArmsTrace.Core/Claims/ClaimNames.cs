namespace ArmsTrace.Core.Claims;

/// <summary>The wire names of claim types and stances, as the evaluation format spells them.</summary>
public static class ClaimNames
{
    public static string ToName(this ClaimType type) => type switch
    {
        ClaimType.Supply => "supply",
        ClaimType.Manufacture => "manufacture",
        ClaimType.Use => "use",
        ClaimType.Attack => "attack",
        ClaimType.Sanction => "sanction",
        ClaimType.Sponsor => "sponsor",
        ClaimType.PartOf => "part_of",
        ClaimType.Role => "role",
        ClaimType.LocatedIn => "located_in",
        ClaimType.Visit => "visit",
        ClaimType.Meeting => "meeting",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static ClaimType? ParseType(string? name)
    {
        foreach (var t in Enum.GetValues<ClaimType>())
        {
            if (string.Equals(t.ToName(), name, StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        return null;
    }

    public static string ToName(this Stance stance) => stance.ToString().ToLowerInvariant();

    public static Stance? ParseStance(string? name) =>
        Enum.TryParse<Stance>(name, ignoreCase: true, out var s) ? s : null;

    /// <summary>The scorer's four coarse classes: firm, hedged, denied, hypothetical.</summary>
    public static string Coarse(this Stance stance) => stance switch
    {
        Stance.Asserted or Stance.Confirmed => "firm",
        Stance.Alleged or Stance.Reported or Stance.Unconfirmed => "hedged",
        Stance.Denied => "denied",
        _ => "hypothetical",
    };
}
