using System.Globalization;
using System.Text;

namespace ArmsTrace.Storage.Graph;

/// <summary>Where a page of an entity's claims ended: the last claim's place in the claim order, as an opaque token.</summary>
public sealed record ClaimCursor(string Published, string Document, long Start, long Id)
{
    /// <summary>Sorts after every "YYYY[-MM[-DD]]" date, so undated documents come last as in the claim order.</summary>
    public const string UndatedLast = "9999";

    private const char Separator = '\u001f';

    public static ClaimCursor After(StoredClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(claim.Published ?? UndatedLast, claim.DocumentKey, claim.EvidenceStart, claim.Id);
    }

    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(Separator, Published, Document, Start.ToString(CultureInfo.InvariantCulture), Id.ToString(CultureInfo.InvariantCulture))))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The cursor a token stands for; null when the token is not one this store made.</summary>
    public static ClaimCursor? Decode(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='))).Split(Separator);
            return parts.Length == 4
                && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var start)
                && long.TryParse(parts[3], CultureInfo.InvariantCulture, out var id)
                ? new ClaimCursor(parts[0], parts[1], start, id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
