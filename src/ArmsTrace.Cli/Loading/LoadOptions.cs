using ArmsTrace.Core.Documents;

namespace ArmsTrace.Cli.Loading;

/// <summary>
/// How <see cref="DocumentLoader"/> reads documents.
/// <para>
/// Files handled (by extension, case-insensitive): <c>.txt</c> as raw text; <c>.html</c> and <c>.htm</c>
/// with the article body extracted as plain text; <c>.jsonl</c> with one document per line
/// (<c>text</c> required; <c>title</c>, <c>url</c>, <c>outlet</c>, <c>published</c>, <c>key</c> optional).
/// </para>
/// <para>
/// In folders (searched recursively, in ordinal name order): entries whose names start with '.' are skipped,
/// other extensions are ignored, and <c>index.jsonl</c> is read as per-file metadata (<c>file</c>, relative to the
/// index's folder, plus any of <c>url</c>, <c>title</c>, <c>outlet</c>, <c>published</c>) instead of as documents.
/// Files named directly get no index metadata; <see cref="Published"/> and <see cref="Outlet"/> are the way to supply it.
/// </para>
/// <para>
/// Keys: a file named directly is keyed by its file name; a file found in a folder by its path relative to that
/// folder, with '/' separators ("a/report.txt", or "report.txt" at the top), so that same-named files in different
/// folders stay apart and a file is matched again on every run. A .jsonl line without a <c>key</c> is keyed
/// "file key#line".
/// </para>
/// <para>
/// Links to files are read through to their final target; a dangling link is a failure. Links to folders inside a
/// folder are reported, not followed, so a link to an ancestor cannot loop. FIFOs, sockets and devices are refused
/// without being opened. <see cref="MaxFileBytes"/> applies to <c>index.jsonl</c> too.
/// </para>
/// </summary>
internal sealed class LoadOptions
{
    /// <summary>20 MB: far above any news article, low enough that a stray dump or disk image is refused.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    public const int DefaultMaxHtmlDepth = Core.Reading.Html.HtmlPageReader.DefaultMaxDepth;

    /// <summary>The name of the per-folder metadata file.</summary>
    public const string IndexFileName = "index.jsonl";

    public static readonly TimeSpan DefaultMaxHtmlParseTime = Core.Reading.Html.HtmlPageReader.DefaultMaxParseTime;

    /// <summary>No overrides, the default limits.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>Extensions read as documents, with the leading dot.</summary>
    public static IReadOnlyList<string> DocumentExtensions { get; } = [".txt", ".html", ".htm", ".jsonl"];

    /// <summary>
    /// Publication date for every loaded document ("2023-11", "2022-08-05"), replacing what the index,
    /// the page or the jsonl line says. Default: null (keep what the source says).
    /// </summary>
    public string? Published { get; init; }

    /// <summary>Outlet for every loaded document, replacing what the source says. Default: null.</summary>
    public string? Outlet { get; init; }

    /// <summary>
    /// Files (documents and <c>index.jsonl</c>) larger than this are refused before they are opened.
    /// Default: <see cref="DefaultMaxFileBytes"/>.
    /// </summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>
    /// HTML nesting elements deeper than this is refused before it is parsed. Default: <see cref="DefaultMaxHtmlDepth"/>.
    /// </summary>
    public int MaxHtmlDepth { get; init; } = DefaultMaxHtmlDepth;

    /// <summary>
    /// HTML whose parse takes longer than this is abandoned and refused. Default: <see cref="DefaultMaxHtmlParseTime"/>.
    /// </summary>
    public TimeSpan MaxHtmlParseTime { get; init; } = DefaultMaxHtmlParseTime;

    /// <summary>Throws when the options could only come from a programming mistake.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFileBytes, nameof(MaxFileBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxHtmlDepth, nameof(MaxHtmlDepth));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxHtmlParseTime, TimeSpan.Zero, nameof(MaxHtmlParseTime));
        if (Published is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(Published, nameof(Published));
        }

        if (Outlet is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(Outlet, nameof(Outlet));
        }
    }

    internal DocumentMetadata ApplyOverrides(DocumentMetadata metadata) => metadata with
    {
        Outlet = Outlet ?? metadata.Outlet,
        Published = Published ?? metadata.Published,
    };

    internal static DocumentFormat? FormatOf(string path)
    {
        var extension = System.IO.Path.GetExtension(path);
        if (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentFormat.Text;
        }

        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentFormat.Html;
        }

        return extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) ? DocumentFormat.JsonLines : null;
    }
}
