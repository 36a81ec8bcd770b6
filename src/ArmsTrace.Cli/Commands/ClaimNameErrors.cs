using ArmsTrace.Core.Claims;

namespace ArmsTrace.Cli.Commands;

/// <summary>An unknown claim type or stance is the user's typo, answered with the valid names rather than an empty list.</summary>
internal static class ClaimNameErrors
{
    /// <returns>2 after printing what is wrong; null when both are absent or known.</returns>
    public static int? Check(string? type, string? stance)
    {
        if (!string.IsNullOrWhiteSpace(type) && ClaimNames.ParseType(type.Trim()) is null)
        {
            Console.Error.WriteLine($"Unknown claim type '{TerminalText.Escape(type)}'; use one of {string.Join(", ", Enum.GetValues<ClaimType>().Select(t => t.ToName()))}.");
            return 2;
        }

        if (!string.IsNullOrWhiteSpace(stance) && ClaimNames.ParseStance(stance.Trim()) is null)
        {
            Console.Error.WriteLine($"Unknown stance '{TerminalText.Escape(stance)}'; use one of {string.Join(", ", Enum.GetValues<Stance>().Select(s => s.ToName()))}.");
            return 2;
        }

        return null;
    }
}
