using ArmsTrace.Storage.Corroboration;
using Microsoft.AspNetCore.Http;

namespace ArmsTrace.Server.Api;

/// <summary>The asOf and minSources query parameters every graph endpoint takes, checked before anything is read.</summary>
internal static class AsOfParameter
{
    /// <summary>False with a 400 naming the expected formats when <paramref name="text"/> is not a date.</summary>
    public static bool TryRead(string? text, out string? asOf, out IResult? problem)
    {
        try
        {
            asOf = AsOfDate.Normalize(text);
            problem = null;
            return true;
        }
        catch (FormatException ex)
        {
            asOf = null;
            problem = Problems.BadRequest($"'asOf': {ex.Message}");
            return false;
        }
    }

    /// <summary>As <see cref="TryRead(string?, out string?, out IResult?)"/>, and a 400 too when minSources is given and below 1.</summary>
    public static bool TryRead(string? text, int? minSources, out string? asOf, out IResult? problem)
    {
        if (!TryRead(text, out asOf, out problem))
        {
            return false;
        }

        problem = minSources is < 1 ? Problems.BadRequest("'minSources' must be 1 or more") : null;
        return problem is null;
    }
}
