using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ArmsTrace.Storage.Exports;

/// <summary>
/// A claim's identity across re-ingests and re-extraction: its document, evidence span, type and
/// endpoints, not its row id or stance, so exporting again after a new extractor updates the same
/// object in the receiving tool instead of adding a twin.
/// </summary>
internal static class ClaimKey
{
    public static string Of(StoredClaim c) => string.Join(
        '|',
        c.DocumentKey,
        c.EvidenceStart.ToString(CultureInfo.InvariantCulture),
        c.EvidenceEnd.ToString(CultureInfo.InvariantCulture),
        c.Type,
        c.SubjectKey,
        c.ObjectKey ?? string.Empty,
        c.ItemKey ?? string.Empty);

    /// <summary>A short stable hex digest, for formats whose ids are free strings.</summary>
    public static string Digest(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
}
