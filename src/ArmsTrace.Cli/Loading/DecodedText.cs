namespace ArmsTrace.Cli.Loading;

/// <param name="Text">The decoded text, without any byte order mark.</param>
/// <param name="Warnings">How decoding fell short, e.g. a fallback to Windows-1252.</param>
internal sealed record DecodedText(string Text, IReadOnlyList<string> Warnings);
