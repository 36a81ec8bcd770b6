using System.Globalization;
using System.Text;
using System.Text.Json;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Reading.Html;
using ArmsTrace.Core.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ArmsTrace.Server.Ingest;

/// <summary>
/// Turns a POST to /api/documents into the document to extract: JSON (<see cref="IngestRequest"/>), or an
/// HTML page sent as text/html with its key and any metadata in the query string. A page, however it
/// arrives, goes through the same <see cref="HtmlPageReader"/> as the command line's .html files, so only
/// its article text is extracted and its title, date and outlet come from its metadata where the request
/// gives none. Every refusal names what is wrong.
/// </summary>
internal static class PostedDocuments
{
    public const int MaxTextChars = 2_000_000;

    public static async Task<(SourceDocument? Document, string? Problem, int Status)> ReadAsync(HttpRequest http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (IsHtml(http.ContentType, out var encoding, out var charsetProblem))
        {
            if (charsetProblem is not null)
            {
                return (null, charsetProblem, StatusCodes.Status415UnsupportedMediaType);
            }

            using var reader = new StreamReader(http.Body, encoding);
            var page = await reader.ReadToEndAsync(http.HttpContext.RequestAborted);
            var q = http.Query;
            return Build(new IngestRequest(q["key"], page, q["title"], q["url"], q["outlet"], q["published"], "html"), asPage: true);
        }

        IngestRequest? request;
        try
        {
            request = await http.ReadFromJsonAsync<IngestRequest>(http.HttpContext.RequestAborted);
        }
        catch (JsonException ex)
        {
            return (null, $"the body is not a valid JSON document: {ex.Message}", StatusCodes.Status400BadRequest);
        }
        catch (InvalidOperationException ex) when (!http.HasJsonContentType())
        {
            return (null, $"send application/json, or an HTML page as text/html: {ex.Message}", StatusCodes.Status415UnsupportedMediaType);
        }

        return request is null
            ? (null, "the body is JSON null; send an object with 'key' and 'text'", StatusCodes.Status400BadRequest)
            : Build(request, asPage: false);
    }

    /// <param name="asPage">Whether the body is the page itself (text/html), its key and metadata in the query string.</param>
    private static (SourceDocument?, string?, int) Build(IngestRequest request, bool asPage)
    {
        if (string.IsNullOrWhiteSpace(request.Key))
        {
            return Bad(asPage ? "'key' is required: give it in the query string (?key=report.html) when posting a text/html page" : "'key' is required");
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return Bad(asPage ? "the posted page is empty" : "'text' is required and must not be blank");
        }

        if (request.Format is not (null or "text" or "html"))
        {
            return Bad($"'format' is '{request.Format}'; it must be 'text' or 'html'");
        }

        if (request.Published is { } published && PartialDate.ParseExact(published) is null)
        {
            return Bad($"'published' is '{published}', not a date; write YYYY, YYYY-MM or YYYY-MM-DD (a real day)");
        }

        var key = request.Key.Trim();
        var html = request.Format == "html"
            || (request.Format is null && (key.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || key.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || HtmlPageReader.LooksLikeHtml(request.Text)));
        var metadata = new DocumentMetadata(key, request.Title, request.Url, request.Outlet, request.Published);
        if (!html)
        {
            return request.Text.Length > MaxTextChars
                ? Bad($"'text' is longer than {MaxTextChars} characters")
                : (new SourceDocument(request.Text, metadata), null, StatusCodes.Status200OK);
        }

        var reading = HtmlPageReader.Read(request.Text, HtmlPageReader.DefaultMaxDepth, HtmlPageReader.DefaultMaxParseTime);
        if (reading.Article is not { } article)
        {
            return Bad(reading.Problem switch
            {
                HtmlProblem.TooDeep => string.Create(CultureInfo.InvariantCulture, $"the HTML nests elements deeper than {HtmlPageReader.DefaultMaxDepth} levels; not parsed"),
                HtmlProblem.TooSlow => string.Create(CultureInfo.InvariantCulture, $"the HTML took longer than {HtmlPageReader.DefaultMaxParseTime.TotalSeconds:0} s to parse; abandoned"),
                _ => "the HTML page has no article text (only navigation, scripts or metadata)",
            });
        }

        var text = article.ToText();
        if (text.Length > MaxTextChars)
        {
            return Bad($"the page's article text is longer than {MaxTextChars} characters");
        }

        // What the request says outranks what the page says about itself, as a folder's index does for the command line.
        return (new SourceDocument(text, metadata with
        {
            Title = request.Title ?? article.Title,
            Url = request.Url ?? article.Url,
            Outlet = request.Outlet ?? article.Outlet,
            Published = request.Published ?? article.Published,
        }), null, StatusCodes.Status200OK);
    }

    private static (SourceDocument?, string?, int) Bad(string why) => (null, why, StatusCodes.Status400BadRequest);

    /// <param name="problem">Set when the page declares a charset this server cannot decode.</param>
    private static bool IsHtml(string? contentType, out Encoding encoding, out string? problem)
    {
        encoding = Encoding.UTF8;
        problem = null;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type)
            || !(type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var charset = type.Charset.Value?.Trim('"');
        if (string.IsNullOrWhiteSpace(charset))
        {
            return true;
        }

        try
        {
            encoding = Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            problem = $"the page's charset '{charset}' is not one this server decodes; send it as UTF-8";
        }

        return true;
    }
}
