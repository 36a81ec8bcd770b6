namespace ArmsTrace.Cli.Loading;

/// <summary>How much a <see cref="LoadFailure"/> matters.</summary>
internal enum LoadSeverity
{
    /// <summary>Something was skipped or degraded, but nothing the user asked for was lost.</summary>
    Warning,

    /// <summary>A file or a line could not be loaded.</summary>
    Error,
}
