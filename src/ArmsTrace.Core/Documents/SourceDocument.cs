using System.Security.Cryptography;
using System.Text;

namespace ArmsTrace.Core.Documents;

/// <summary>
/// A document as read: its text never changes after construction, and every later layer
/// (tokens, sentences, mentions, claims) is an offset into <see cref="Text"/>.
/// </summary>
public sealed class SourceDocument
{
    public SourceDocument(string text, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        Text = text;
        Metadata = metadata;
        ContentHash = Hash(text);
    }

    public string Text { get; }

    public DocumentMetadata Metadata { get; }

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex: re-ingesting identical text is a no-op.</summary>
    public string ContentHash { get; }

    private static string Hash(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(bytes);
    }
}
