namespace ArmsTrace.Cli.Loading;

/// <summary>
/// One outcome of <see cref="DocumentLoader.Load"/>: either a <see cref="LoadedDocument"/> or a
/// <see cref="LoadFailure"/>. The constructor is private protected so that those two are the only cases.
/// </summary>
internal abstract class LoadResult
{
    private protected LoadResult(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
    }

    /// <summary>The file (or folder) the result is about, spelled as the caller gave it or joined onto a given folder.</summary>
    public string Path { get; }
}
