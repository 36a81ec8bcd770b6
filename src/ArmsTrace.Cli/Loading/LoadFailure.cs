using System.Globalization;

namespace ArmsTrace.Cli.Loading;

/// <summary>A file, folder or line that could not be loaded (or, at <see cref="LoadSeverity.Warning"/>, was skipped).</summary>
internal sealed class LoadFailure : LoadResult
{
    public LoadFailure(string path, string message, int? line = null, LoadSeverity severity = LoadSeverity.Error)
        : base(path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (line is not null)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(line.Value, nameof(line));
        }

        Message = message;
        Line = line;
        Severity = severity;
    }

    /// <summary>The problem, phrased to follow the path: "is empty (0 bytes)".</summary>
    public string Message { get; }

    /// <summary>1-based line in a .jsonl file or index.jsonl, when the problem is one line.</summary>
    public int? Line { get; }

    public LoadSeverity Severity { get; }

    public bool IsWarning => Severity == LoadSeverity.Warning;

    /// <summary>"path:line: message", the shape editors and terminals turn into links.</summary>
    public override string ToString()
    {
        var location = Line is null ? Path : string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}");
        var prefix = IsWarning ? "warning: " : string.Empty;
        return $"{location}: {prefix}{Message}";
    }
}
