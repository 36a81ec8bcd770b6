using System.Security.Cryptography;
using System.Text;

namespace ArmsTrace.Storage.Keys;

/// <summary>
/// Keys are 32 random bytes, so a fast hash is enough to store them safely: there is nothing to
/// guess, unlike a password.
/// </summary>
public static class KeySecrets
{
    public const string Prefix = "atk_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret.Trim())));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
