namespace ArmsTrace.Cli.Loading;

/// <summary>The file kinds the loader reads, chosen by extension.</summary>
internal enum DocumentFormat
{
    Text,
    Html,
    JsonLines,
}
